import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { addNote, moveNotes, readBoard } from "./index";
import { boardRoots } from "./shape";

const size = (doc: Y.Doc) => Y.encodeStateAsUpdate(doc).byteLength;

describe("position registers", () => {
  it("10,000 moves of ten notes leave the document about as small as it started", () => {
    const doc = new Y.Doc();
    const ids = Array.from({ length: 10 }, (_, i) => addNote(doc, { text: `note ${i}`, x: 0, y: 0 }));
    const before = size(doc);
    for (let i = 0; i < 10_000; i++) moveNotes(doc, [{ id: ids[i % 10], x: i, y: -i }]);
    const after = size(doc);
    // A Y.Map would grow by about 9 bytes per move here (90 KB); the registers stay flat.
    expect(after - before).toBeLessThan(2_000);
    const note = readBoard(doc).notes.find((n) => n.id === ids[9]);
    expect(note).toMatchObject({ x: 9_999, y: -9_999 });
    expect(boardRoots(doc).positions.length).toBe(10);
  });

  it("moves from several replicas exchanged both ways also stay small and converge", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = addNote(a, { x: 0, y: 0 });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const start = size(a);
    for (let i = 0; i < 2_000; i++) {
      const [from, to] = i % 2 ? [a, b] : [b, a];
      const sv = Y.encodeStateVector(to);
      moveNotes(from, [{ id, x: i, y: i }]);
      Y.applyUpdate(to, Y.encodeStateAsUpdate(from, sv));
    }
    expect(readBoard(a)).toEqual(readBoard(b));
    expect(readBoard(a).notes[0]).toMatchObject({ x: 1_999, y: 1_999 });
    expect(size(a) - start).toBeLessThan(20_000);
  });

  it("concurrent moves of one note leave one winner everywhere and the next move cleans up", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = addNote(a, { x: 0, y: 0 });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    moveNotes(a, [{ id, x: 1, y: 1 }]);
    moveNotes(b, [{ id, x: 2, y: 2 }]);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readBoard(a).notes[0].x).toBe(readBoard(b).notes[0].x);
    expect(boardRoots(a).positions.length).toBe(2);
    moveNotes(a, [{ id, x: 3, y: 3 }]);
    expect(boardRoots(a).positions.length).toBe(1);
  });
});
