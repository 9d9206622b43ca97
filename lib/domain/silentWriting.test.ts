import { describe, expect, it } from "vitest";
import { mayOpenBoard, silenceOnPhaseStart, writesPrivately } from "./silentWriting";

describe("silent writing rules", () => {
  it("a private board opens for its owner and facilitators only", () => {
    const mine = { ownerParticipantId: "anne" };
    expect(mayOpenBoard(mine, { kind: "participant", id: "anne" })).toBe(true);
    expect(mayOpenBoard(mine, { kind: "participant", id: "bjorn" })).toBe(false);
    expect(mayOpenBoard(mine, { kind: "observer" })).toBe(false);
    expect(mayOpenBoard(mine, { kind: "facilitator" })).toBe(true);
    expect(mayOpenBoard({ ownerParticipantId: null }, { kind: "observer" })).toBe(true);
  });

  it("a phase start takes the phase's setting and reveals when silence ends", () => {
    expect(silenceOnPhaseStart(false, true)).toEqual({ silent: true, reveal: false });
    expect(silenceOnPhaseStart(true, true)).toEqual({ silent: true, reveal: false });
    expect(silenceOnPhaseStart(true, false)).toEqual({ silent: false, reveal: true });
    expect(silenceOnPhaseStart(false, false)).toEqual({ silent: false, reveal: false });
  });

  it("only participants with a board write privately, and only in silence", () => {
    expect(writesPrivately(true, { kind: "participant", id: "a" }, "b1")).toBe(true);
    expect(writesPrivately(false, { kind: "participant", id: "a" }, "b1")).toBe(false);
    expect(writesPrivately(true, { kind: "participant", id: "a" }, null)).toBe(false);
    expect(writesPrivately(true, { kind: "facilitator" }, "b1")).toBe(false);
    expect(writesPrivately(true, { kind: "observer" }, "b1")).toBe(false);
  });
});
