import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readBoard, type FocusAreaSnapshot, type NoteSnapshot } from "@/lib/board";
import { createBoardActions, freeSpot } from "./boardActions";

const me = { id: "p1", name: "Kari Nordmann", organisation: "Trondheim kommune", kind: "participant" } as const;

function setup() {
  const doc = new Y.Doc();
  return { doc, actions: createBoardActions(doc, {}, me, false), board: () => readBoard(doc) };
}

type Box = { x: number; y: number; w: number; h: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (n: Box, a: Box) => n.x >= a.x && n.y >= a.y && n.x + n.w <= a.x + a.w && n.y + n.h <= a.y + a.h;
const area = (board: ReturnType<typeof readBoard>, title: string) => board.focusAreas.find((a) => a.title === title)!;
const notesOf = (board: ReturnType<typeof readBoard>, a: FocusAreaSnapshot) => board.notes.filter((n) => n.focusAreaId === a.id);

describe("board actions: where things land", () => {
  it("freeSpot is below every note and every area frame", () => {
    expect(freeSpot([], [])).toEqual({ x: 0, y: 0 });
    expect(freeSpot([{ x: 40, y: 0, w: 160, h: 120 }], [{ x: 0, y: 200, w: 480, h: 360 }])).toEqual({ x: 0, y: 584 });
  });

  it("areas made from the list view do not pile up on each other or on the notes", () => {
    const { actions, board } = setup();
    actions.addNote({ x: 0, y: 0, text: "Fastleger slutter etter få år" });
    actions.createArea({ at: "free", title: "Rekruttering av fagfolk" });
    actions.createArea({ at: "free", title: "Møteplasser for ungdom" });
    const b = board();
    const [recruit, youth] = [area(b, "Rekruttering av fagfolk"), area(b, "Møteplasser for ungdom")];
    expect(overlaps(recruit, youth)).toBe(false);
    for (const a of [recruit, youth]) expect(overlaps(a, b.notes[0])).toBe(false);
  });

  it("moving notes into an area lays them out inside its frame, growing it when they do not fit", () => {
    const { actions, board } = setup();
    const id = actions.createArea({ at: { x: 0, y: 0 }, title: "Rekruttering av fagfolk" });
    for (let i = 0; i < 7; i++) actions.addNote({ x: 1000, y: i * 200, text: `Lapp ${i}` });
    const target = board().focusAreas.find((a) => a.id === id)!;
    actions.moveToArea(board().notes, target, { members: 0 });
    const b = board();
    const grown = area(b, "Rekruttering av fagfolk");
    expect(grown.h).toBeGreaterThan(target.h);
    for (const n of notesOf(b, grown)) expect(inside(n, grown)).toBe(true);
  });

  it("merging puts the merged notes inside the target's frame, not where the deleted frame was", () => {
    const { actions, board } = setup();
    const notes = (texts: string[]) => texts.map((text) => ({ id: actions.addNote({ x: 0, y: 0, text }) }) as NoteSnapshot);
    const first = actions.createArea({ at: { x: 0, y: 0 }, title: "Rekruttering av fagfolk", notes: notes(["Fastleger slutter", "Lønn og turnus"]) });
    const second = actions.createArea({ at: { x: 0, y: 2000 }, title: "Rekruttering av fagfolk", notes: notes(["For få læreplasser", "Sykepleiere slutter", "Vikarbruk"]) });
    actions.mergeAreas(first, [second]);
    const b = board();
    expect(b.focusAreas.map((a) => a.id)).toEqual([first]);
    const target = b.focusAreas[0];
    expect(notesOf(b, target)).toHaveLength(5);
    for (const n of notesOf(b, target)) expect(inside(n, target)).toBe(true);
    // no two notes on top of each other
    const placed = notesOf(b, target);
    for (const [i, n] of placed.entries()) for (const m of placed.slice(i + 1)) expect(overlaps(n, m)).toBe(false);
  });
});
