import * as Y from "yjs";
import * as awarenessProtocol from "y-protocols/awareness";
import { describe, expect, it } from "vitest";
import { closeCode, type BoardEditor } from "@/lib/board";
import { awarenessUpdateOf, deepJson } from "@/tests/helpers/hostileYjs";
import { BadAwareness, ownAwareness, readAwareness } from "./awarenessCheck";

const anne: BoardEditor = { kind: "participant", id: "anne" };
const state = (id: string, kind = "participant") => JSON.stringify({ user: { id, name: "Anne", organisation: "Tromsø kommune", kind }, cursor: { x: 1, y: 2 } });

function codeOf(fn: () => unknown): number | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof BadAwareness ? error.code : -1;
  }
}

describe("awareness messages", () => {
  it("a state nested 20,000 deep, or too large, or not a presence state, is refused", () => {
    expect(codeOf(() => readAwareness(awarenessUpdateOf(1, 1, deepJson(20_000))))).toBe(closeCode.beyondLimits);
    expect(codeOf(() => readAwareness(awarenessUpdateOf(1, 1, JSON.stringify({ user: { name: "x".repeat(10_000) } }))))).toBe(closeCode.beyondLimits);
    expect(codeOf(() => readAwareness(awarenessUpdateOf(1, 1, JSON.stringify({ evil: [[[1]]] }))))).toBe(closeCode.invalidUpdate);
    expect(codeOf(() => readAwareness(awarenessUpdateOf(1, 1, "{not json")))).toBe(closeCode.malformed);
    expect(codeOf(() => readAwareness(awarenessUpdateOf(1, 1, state("anne"))))).toBeNull();
  });

  it("keeps a connection's own states and drops other people's (y-websocket echoes them back)", () => {
    const entries = readAwareness(awarenessUpdateOf(7, 3, state("anne")));
    const echo = readAwareness(awarenessUpdateOf(8, 5, state("bjorn")));
    const held = new Set([8]);
    const isHeld = (id: number) => held.has(id);
    expect(ownAwareness(echo, anne, new Set(), isHeld)).toBeNull();
    // Someone else's name on a new client id is not taken either, nor a facilitator's.
    expect(ownAwareness(readAwareness(awarenessUpdateOf(9, 1, state("bjorn"))), anne, new Set(), isHeld)).toBeNull();
    expect(ownAwareness(readAwareness(awarenessUpdateOf(9, 1, state("anne", "facilitator"))), anne, new Set(), isHeld)).toBeNull();
    const own = ownAwareness([...entries, ...echo], anne, new Set(), isHeld);
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    awarenessProtocol.applyAwarenessUpdate(awareness, own!, null);
    expect([...awareness.getStates().keys()].filter((id) => id !== awareness.clientID)).toEqual([7]);
    // An echo of what the room already has is no claim, even in one's own name.
    expect(ownAwareness(entries, anne, new Set(), () => false, () => 3)).toBeNull();
    expect(ownAwareness(entries, anne, new Set(), () => false, () => 2)).not.toBeNull();
    // A client that already speaks for an id may clear it.
    expect(ownAwareness(readAwareness(awarenessUpdateOf(7, 4, "null")), anne, new Set([7]), isHeld)).not.toBeNull();
    expect(ownAwareness(readAwareness(awarenessUpdateOf(8, 6, "null")), anne, new Set([7]), isHeld)).toBeNull();
  });
});
