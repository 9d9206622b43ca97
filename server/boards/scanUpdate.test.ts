import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { addAction, addActionChain, addNote, createFocusArea, deleteNotes, moveNotes, readBoard, updateNoteText } from "@/lib/board";
import * as encoding from "lib0/encoding";
import { deepValueUpdate, longStringUpdate } from "@/tests/helpers/hostileYjs";
import { withoutRefused, withoutViolations } from "./rewriteUpdate";
import { firstViolation, jsonDepth, MalformedUpdate, scanUpdate } from "./scanUpdate";
import { assertSnapshotLoads, readStoredUpdate } from "./storedUpdate";

/** A board with every kind of content the board model writes. */
function busyBoard(): Y.Doc {
  const doc = new Y.Doc();
  const ids = Array.from({ length: 20 }, (_, i) => addNote(doc, { text: `lapp ${i} – æøå 🙂`, x: i, y: i, authorId: "p1" }));
  updateNoteText(doc, ids[3], "endret tekst");
  moveNotes(doc, ids.map((id, i) => ({ id, x: i * 10, y: 5 })));
  deleteNotes(doc, [ids[7]]);
  const area = createFocusArea(doc, { title: "Helse", x: 0, y: 0, noteIds: ids.slice(0, 4) });
  const chain = addActionChain(doc, { focusAreaId: area, goal: "Mål" });
  addAction(doc, chain, { what: "Første steg", partners: ["Kommune A", "Kommune B"], deadline: "2027-01-31" });
  return doc;
}

/** Calls `fn` with most of the stack already used, as on a warm server deep in a call chain. */
function withLittleStack<T>(fn: () => T, spareFrames = 300): T {
  const dive = (n: number, at: () => T | null): T | null => (n === 0 ? at() : dive(n - 1, at));
  const fits = (n: number) => {
    try {
      dive(n, () => null);
      return true;
    } catch {
      return false;
    }
  };
  let low = 0;
  let high = 1 << 20;
  while (low < high - 1) {
    const mid = (low + high) >> 1;
    if (fits(mid)) low = mid;
    else high = mid;
  }
  // Frame sizes change as the JIT warms up: dive again with more room until `fn` itself runs.
  for (let spare = spareFrames; ; spare *= 2) {
    let ran = false;
    let result: T | undefined;
    try {
      dive(Math.max(0, low - spare), () => {
        ran = true;
        result = fn();
        return null;
      });
    } catch (error) {
      if (ran) throw error;
      continue;
    }
    return result as T;
  }
}

/**
 * `update` with the one-client, one-struct update `extra` (e.g. deepValueUpdate) added as one
 * more client block, without any Yjs decoding: a stored row holding a value Yjs cannot read.
 */
function withExtraStruct(update: Uint8Array, extra: Uint8Array): Uint8Array {
  const base = scanUpdate(update);
  const added = scanUpdate(extra);
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, base.blocks.length + 1);
  for (const block of [...base.blocks.map((b) => ({ b, scan: base })), { b: added.blocks[0], scan: added }]) {
    encoding.writeVarUint(e, block.b.count);
    encoding.writeVarUint(e, block.b.client);
    encoding.writeVarUint(e, block.b.clock);
    const first = block.scan.structs[block.b.first];
    const last = block.scan.structs[block.b.first + block.b.count - 1];
    encoding.writeUint8Array(e, block.scan.bytes.subarray(first.start, last.end));
  }
  encoding.writeUint8Array(e, base.bytes.subarray(base.deleteSetStart));
  return encoding.toUint8Array(e);
}

describe("scanUpdate", () => {
  it("reads every struct of a real board and writes it back byte for byte", () => {
    const update = Y.encodeStateAsUpdate(busyBoard());
    const scan = scanUpdate(update);
    expect(firstViolation(scan)).toBeNull();
    expect(scan.structs.length).toBeGreaterThan(20);
    expect(scan.deletes.length).toBeGreaterThan(0);
    expect(withoutRefused(scan, new Set(), [])).toEqual(update);
    // Clocks add up to Yjs's own reading of the update.
    const meta = Y.parseUpdateMeta(update).to;
    for (const block of scan.blocks) {
      const last = scan.structs[block.first + block.count - 1];
      expect(last.clock + last.length).toBe(meta.get(block.client));
    }
  });

  it("flags a value nested 9,000 deep without recursing, however little stack is left", () => {
    const update = deepValueUpdate({ client: 7, clock: 0, depth: 9_000 });
    // Yjs's decoder overflows on it (with a full stack, at this depth already).
    expect(() => Y.decodeUpdate(update)).toThrow(RangeError);
    const verdict = withLittleStack(() => firstViolation(scanUpdate(update)));
    expect(verdict).toMatch(/nested more than 16 levels/);
    // 16 levels is within the limit, 17 is not: the same answer every time.
    expect(firstViolation(scanUpdate(deepValueUpdate({ client: 7, clock: 0, depth: 16 })))).toBeNull();
    expect(firstViolation(scanUpdate(deepValueUpdate({ client: 7, clock: 0, depth: 17 })))).toMatch(/nested/);
  });

  it("flags long strings and root types the board does not have", () => {
    expect(firstViolation(scanUpdate(longStringUpdate({ client: 3, clock: 0, length: 40_000 })))).toMatch(/40000 characters/);
    expect(firstViolation(scanUpdate(longStringUpdate({ client: 3, clock: 0, length: 2_000 })))).toBeNull();
    expect(firstViolation(scanUpdate(longStringUpdate({ client: 3, clock: 0, length: 10, root: "evil" })))).toMatch(/root type the board does not have/);
  });

  it("refuses what is not an update at all", () => {
    for (const bytes of [new Uint8Array([1, 1, 5, 0, 99]), new Uint8Array([0, 0, 7]), new Uint8Array([255, 255, 255])]) {
      expect(() => scanUpdate(bytes)).toThrow(MalformedUpdate);
    }
  });

  it("measures JSON nesting outside strings only", () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[[["}]}')).toBe(3);
    expect(jsonDepth('"\\"[[["')).toBe(0);
  });
});

describe("stored rows", () => {
  it("a snapshot with one bad value loads with everything else in it", () => {
    const board = busyBoard();
    const client = 424242;
    // A snapshot row as a compaction wrote it before the limits: the board plus a deep value.
    const row = withExtraStruct(Y.encodeStateAsUpdate(board), deepValueUpdate({ client, clock: 0, depth: 5_000, key: "bad" }));
    expect(() => Y.applyUpdate(new Y.Doc(), row)).toThrow(RangeError);
    const stored = readStoredUpdate(row);
    expect(stored.ok && stored.salvaged).toMatch(/nested/);
    const doc = new Y.Doc();
    if (stored.ok) Y.applyUpdate(doc, stored.update);
    expect(readBoard(doc).notes).toEqual(readBoard(board).notes);
    // The bad value's id stays taken, so a client that still has it sends nothing new.
    expect(Y.getState(doc.store, client)).toBe(1);
  });

  it("a row that is not an update is skipped, not thrown", () => {
    expect(readStoredUpdate(new Uint8Array([9, 9, 9]))).toMatchObject({ ok: false });
  });

  it("a snapshot must read back into the state it was taken from", () => {
    const board = busyBoard();
    expect(() => assertSnapshotLoads(Y.encodeStateAsUpdate(board), Y.encodeStateVector(board))).not.toThrow();
    expect(() => assertSnapshotLoads(Y.encodeStateAsUpdate(board), Y.encodeStateVector(new Y.Doc()))).toThrow(/does not hold/);
    const deep = withExtraStruct(Y.encodeStateAsUpdate(board), deepValueUpdate({ client: 5, clock: 0, depth: 100 }));
    expect(() => assertSnapshotLoads(deep, Y.encodeStateVector(board))).toThrow(/beyond the limits/);
  });

  it("withoutViolations keeps ids in place so later edits on the same key still apply", () => {
    const doc = new Y.Doc();
    const bad = deepValueUpdate({ client: 9, clock: 0, depth: 40, root: "focusAreas", key: "x" });
    // Yjs can still read 40 levels: apply it, then set the same key on top of it.
    Y.applyUpdate(doc, bad);
    const before = Y.encodeStateVector(doc);
    doc.getMap("focusAreas").set("x", "fine");
    const later = Y.encodeStateAsUpdate(doc, before);
    const salvaged = new Y.Doc();
    Y.applyUpdate(salvaged, withoutViolations(scanUpdate(bad)));
    Y.applyUpdate(salvaged, later);
    expect(salvaged.getMap("focusAreas").get("x")).toBe("fine");
  });
});

describe("string lengths", () => {
  it("count like Yjs: a text's clock length is its UTF-16 length, and broken UTF-8 is refused", () => {
    const doc = new Y.Doc();
    addNote(doc, { text: "æøå 🙂 fastlege", x: 0, y: 0 });
    const update = Y.encodeStateAsUpdate(doc);
    const scan = scanUpdate(update);
    const last = scan.structs[scan.structs.length - 1];
    expect(last.clock + last.length).toBe(Y.parseUpdateMeta(update).to.get(doc.clientID));
    // The same text struct with one byte broken: a stray continuation byte.
    const text = scan.structs.find((s) => s.content === "string")!;
    const broken = update.slice();
    broken[text.contentStart + 1] = 0x80;
    expect(() => scanUpdate(broken)).toThrow(MalformedUpdate);
  });
});
