import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import {
  BoardInputError,
  addAction,
  addActionChain,
  addNote,
  copyFocusAreasFrom,
  createBoardStore,
  createBoardUndoManager,
  createFocusArea,
  deleteAction,
  deleteNotes,
  dissolveFocusArea,
  mergeFocusAreas,
  moveAction,
  moveNotes,
  moveNotesToFocusArea,
  readBoard,
  recolourNote,
  renameFocusArea,
  resizeNote,
  setChainFinal,
  setChainGoal,
  setFocusAreaRanks,
  subscribeBoard,
  updateAction,
  updateNoteText,
} from "./index";
import { boardRoots } from "./shape";

const author = { authorId: "p1", authorName: "Kari", authorOrganisation: "Bodø kommune" };

describe("notes", () => {
  it("adds, edits, recolours, moves, resizes and deletes", () => {
    const doc = new Y.Doc();
    const id = addNote(doc, { text: "Flere fastleger", x: 10, y: 20, ...author });
    updateNoteText(doc, id, "Flere fastleger i distriktet");
    recolourNote(doc, id, "green");
    moveNotes(doc, [{ id, x: 100, y: 200 }]);
    resizeNote(doc, { id, w: 300, h: 150 });
    const [note] = readBoard(doc).notes;
    expect(note).toMatchObject({ id, text: "Flere fastleger i distriktet", colour: "green", x: 100, y: 200, w: 300, h: 150, ...author, focusAreaId: null });
    expect(readBoard(doc).problems).toEqual([]);
    deleteNotes(doc, [id]);
    expect(readBoard(doc).notes).toEqual([]);
    expect(boardRoots(doc).positions.length).toBe(0);
  });

  it("merges concurrent typing in different parts of one note", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = addNote(a, { text: "bolig skole", x: 0, y: 0 });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    updateNoteText(a, id, "god bolig skole");
    updateNoteText(b, id, "bolig skole og jobb");
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readBoard(a).notes[0].text).toBe("god bolig skole og jobb");
    expect(readBoard(b).notes[0].text).toBe("god bolig skole og jobb");
  });

  it("refuses values outside the model without writing anything", () => {
    const doc = new Y.Doc();
    const id = addNote(doc, { x: 0, y: 0 });
    const before = Y.encodeStateVector(doc);
    expect(() => addNote(doc, { x: Number.NaN, y: 0 })).toThrow(BoardInputError);
    expect(() => recolourNote(doc, [id, "missing"], "green")).toThrow(BoardInputError);
    expect(() => updateNoteText(doc, id, "x".repeat(5000))).toThrow(BoardInputError);
    expect(() => recolourNote(doc, id, "chartreuse" as never)).toThrow(BoardInputError);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});

describe("focus areas", () => {
  it("groups, renames, merges, ranks and dissolves", () => {
    const doc = new Y.Doc();
    const n1 = addNote(doc, { x: 0, y: 0 });
    const n2 = addNote(doc, { x: 0, y: 0 });
    const n3 = addNote(doc, { x: 0, y: 0 });
    const a = createFocusArea(doc, { title: "Helse", x: 0, y: 0, noteIds: [n1] });
    const b = createFocusArea(doc, { title: "Skole", x: 500, y: 0 });
    moveNotesToFocusArea(doc, [n2, n3], b);
    renameFocusArea(doc, a, "Helse og omsorg");
    const chain = addActionChain(doc, { focusAreaId: b, goal: "Alle fullfører" });
    let board = readBoard(doc);
    expect(board.focusAreas.map((x) => [x.title, x.noteIds.length, x.order])).toEqual([
      ["Helse og omsorg", 1, 1],
      ["Skole", 2, 2],
    ]);
    mergeFocusAreas(doc, a, [b]);
    board = readBoard(doc);
    expect(board.focusAreas).toHaveLength(1);
    expect(board.focusAreas[0].noteIds.sort()).toEqual([n1, n2, n3].sort());
    expect(board.chains[0].focusAreaId).toBe(a);
    setFocusAreaRanks(doc, [{ id: a, rank: 1 }]);
    expect(readBoard(doc).focusAreas[0].rank).toBe(1);
    dissolveFocusArea(doc, a);
    board = readBoard(doc);
    expect(board.focusAreas).toEqual([]);
    expect(board.notes.every((n) => n.focusAreaId === null)).toBe(true);
    expect(board.chains.find((c) => c.id === chain)?.focusAreaId).toBeNull();
    expect(board.problems).toEqual([]);
  });

  it("copies areas with their notes to another board and records the origin", () => {
    const table = new Y.Doc();
    const plenary = new Y.Doc();
    addNote(plenary, { text: "already here", x: 0, y: 0 });
    const n = addNote(table, { text: "Felles legevakt", x: 20, y: 30, ...author });
    const area = createFocusArea(table, { title: "Legevakt", x: 10, y: 10, noteIds: [n] });
    const ids = copyFocusAreasFrom(plenary, table, { sourceBoardId: "board1", tableName: "Bord 3" });
    const board = readBoard(plenary);
    const copy = board.focusAreas.find((a) => a.id === ids.get(area));
    expect(copy).toMatchObject({ title: "Legevakt", origin: { boardId: "board1", tableName: "Bord 3" } });
    expect(copy!.y).toBeGreaterThanOrEqual(120);
    const copiedNote = board.notes.find((x) => x.id === copy!.noteIds[0]);
    expect(copiedNote).toMatchObject({ text: "Felles legevakt", ...author });
    expect(copiedNote!.id).not.toBe(n);
    expect(readBoard(table).focusAreas).toHaveLength(1);
  });

  it("a note's copy, and the copy's copy, name the note as first written and keep its phase", () => {
    const table = new Y.Doc();
    const plenary = new Y.Doc();
    const back = new Y.Doc();
    const n = addNote(table, { text: "Felles legevakt", x: 0, y: 0, phaseId: "phase1", ...author });
    createFocusArea(table, { title: "Legevakt", x: 0, y: 0, noteIds: [n] });
    expect(readBoard(table).notes[0]).toMatchObject({ origin: null, phaseId: "phase1" });
    copyFocusAreasFrom(plenary, table, { sourceBoardId: "table1", tableName: "Bord 1" });
    copyFocusAreasFrom(back, plenary, { sourceBoardId: "plenary1", tableName: "Plenum" });
    for (const doc of [plenary, back]) {
      const [copy] = readBoard(doc).notes;
      expect(copy).toMatchObject({ text: "Felles legevakt", origin: { boardId: "table1", noteId: n }, phaseId: "phase1" });
    }
  });
});

describe("action chains", () => {
  it("keeps ordered actions, one final chain per area, and dependency clean-up", () => {
    const doc = new Y.Doc();
    const area = createFocusArea(doc, { title: "Rekruttering", x: 0, y: 0 });
    const c1 = addActionChain(doc, { focusAreaId: area, goal: "Nok sykepleiere" });
    const c2 = addActionChain(doc, { focusAreaId: area });
    setChainGoal(doc, c2, "Nok leger");
    setChainFinal(doc, c1, true);
    setChainFinal(doc, c2, true);
    const x = addAction(doc, c1, { what: "Kartlegge behov", deadline: "2026-03-01" });
    const y = addAction(doc, c1, { what: "Felles stillingsbank", dependsOn: [x] });
    const z = addAction(doc, c1, { what: "Først", index: 0 });
    updateAction(doc, c1, y, { responsible: "Ola", partners: ["NAV", "UiT"], status: "started" });
    moveAction(doc, c1, x, 3);
    let chains = readBoard(doc).chains;
    const chain1 = chains.find((c) => c.id === c1)!;
    expect(chain1.actions.map((a) => a.id)).toEqual([z, y, x]);
    expect(chain1.actions[1]).toMatchObject({ responsible: "Ola", partners: ["NAV", "UiT"], status: "started", dependsOn: [x] });
    expect(chains.filter((c) => c.final).map((c) => c.id)).toEqual([c2]);
    expect(() => updateAction(doc, c1, x, { deadline: "1. mars" })).toThrow(BoardInputError);
    deleteAction(doc, c1, x);
    chains = readBoard(doc).chains;
    expect(chains.find((c) => c.id === c1)!.actions.map((a) => [a.id, a.dependsOn])).toEqual([
      [z, []],
      [y, []],
    ]);
  });
});

describe("reading untrusted documents", () => {
  it("reports bad values as problems instead of throwing", () => {
    const doc = new Y.Doc();
    const id = addNote(doc, { x: 0, y: 0 });
    doc.transact(() => {
      const roots = boardRoots(doc);
      const note = roots.notes.get(id) as Y.Map<unknown>;
      note.set("colour", "chartreuse");
      note.set("focusAreaId", "nowhere");
      roots.notes.set("bad id!", new Y.Map());
      roots.notes.set("plain", 42);
      roots.positions.push(["junk", { k: id, v: { x: "far" } }]);
      roots.chains.set("c", new Y.Map());
    });
    const board = readBoard(doc);
    expect(board.notes).toHaveLength(1);
    expect(board.notes[0]).toMatchObject({ colour: "yellow", focusAreaId: null, x: 0 });
    expect(board.problems.map((p) => p.path).sort()).toEqual(
      ["notes", "notes.plain", `notes.${id}.colour`, `notes.${id}.focusAreaId`, `notes.${id}.position`, "positions"].sort(),
    );
  });
});

describe("UI hooks", () => {
  it("undoes only the local user's edits and notifies subscribers", () => {
    const doc = new Y.Doc();
    const remote = new Y.Doc();
    const me = Symbol("me");
    const undo = createBoardUndoManager(doc, me);
    const store = createBoardStore(doc);
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    const seen: number[] = [];
    const stopPlain = subscribeBoard(doc, (s) => seen.push(s.notes.length));
    const mine = addNote(doc, { text: "mine", x: 0, y: 0 }, me);
    addNote(remote, { text: "theirs", x: 0, y: 0 });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote));
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    expect(first.notes).toHaveLength(2);
    undo.undo();
    expect(readBoard(doc).notes.map((n) => n.text)).toEqual(["theirs"]);
    undo.redo();
    expect(readBoard(doc).notes.map((n) => n.id)).toContain(mine);
    expect(calls).toBe(4);
    expect(seen).toEqual([1, 2, 1, 2]);
    stop();
    stopPlain();
  });
});
