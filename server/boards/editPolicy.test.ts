// The edit policy against real board documents: one "server" document, and replicas of it on
// which participants make ordinary lib/board edits (or raw Yjs ones). Each edit's update is
// judged, rewritten as admitUpdate would, and applied to the server document.
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import {
  addNote,
  createFocusArea,
  deleteNotes,
  mergeFocusAreas,
  moveNotes,
  moveNotesToFocusArea,
  readBoard,
  recolourNote,
  renameFocusArea,
  resizeNote,
  updateNoteText,
  type BoardEditor,
} from "@/lib/board";
import { admitUpdate } from "./admitUpdate";
import { changesDocument, decideEdit } from "./editPolicy";
import { scanUpdate } from "./scanUpdate";

const anne: BoardEditor = { kind: "participant", id: "anne" };
const bjorn: BoardEditor = { kind: "participant", id: "bjorn" };
const lead: BoardEditor = { kind: "facilitator", id: "user-lead" };

function replica(of: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(of));
  return doc;
}

/** Runs `edit` on a fresh replica of `server` and returns the update it produced. */
function editOn(server: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const doc = replica(server);
  const before = Y.encodeStateVector(doc);
  edit(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

/** Admits `update` from `editor` onto `server` as the board server does; returns the refusal. */
function send(server: Y.Doc, editor: BoardEditor, update: Uint8Array, locked = false): string | null {
  const admission = admitUpdate(server, update, scanUpdate(update), editor, locked);
  if (admission.kind === "close") throw new Error(`closed: ${admission.reason}`);
  if (admission.kind === "apply") Y.applyUpdate(server, admission.update);
  return admission.refusal && `${admission.refusal.code}: ${admission.refusal.sentence}`;
}

function board(): { server: Y.Doc; annes: string; bjorns: string; area: string } {
  const server = new Y.Doc();
  const annes = addNote(server, { text: "Annes lapp", x: 0, y: 0, authorId: "anne" });
  const bjorns = addNote(server, { text: "Bjørns lapp", x: 200, y: 0, authorId: "bjorn" });
  const area = createFocusArea(server, { title: "Helse", x: 0, y: 300 });
  return { server, annes, bjorns, area };
}

const noteOf = (doc: Y.Doc, id: string) => readBoard(doc).notes.find((n) => n.id === id);

describe("a participant and someone else's note", () => {
  it("may not delete it", () => {
    const { server, annes } = board();
    const refusal = send(server, bjorn, editOn(server, (doc) => deleteNotes(doc, [annes])));
    expect(refusal).toMatch(/^notYours: /);
    expect(noteOf(server, annes)?.text).toBe("Annes lapp");
  });

  it("may not change its text", () => {
    const { server, annes } = board();
    expect(send(server, bjorn, editOn(server, (doc) => updateNoteText(doc, annes, "Overskrevet")))).toMatch(/^notYours/);
    expect(send(server, bjorn, editOn(server, (doc) => updateNoteText(doc, annes, "Annes lapp, med tillegg")))).toMatch(/^notYours/);
    expect(send(server, bjorn, editOn(server, (doc) => updateNoteText(doc, annes, "")))).toMatch(/^notYours/);
    expect(noteOf(server, annes)?.text).toBe("Annes lapp");
  });

  it("may not replace it, take over its authorship or swap its text for a new one", () => {
    const { server, annes } = board();
    const notes = (doc: Y.Doc) => doc.getMap("notes");
    const attempts: ((doc: Y.Doc) => void)[] = [
      (doc) => notes(doc).set(annes, new Y.Map()),
      (doc) => (notes(doc).get(annes) as Y.Map<unknown>).set("authorId", "bjorn"),
      (doc) => (notes(doc).get(annes) as Y.Map<unknown>).set("text", new Y.Text("ny")),
      (doc) => (notes(doc).get(annes) as Y.Map<unknown>).delete("text"),
      (doc) => (notes(doc).get(annes) as Y.Map<unknown>).set("authorName", "Bjørn"),
    ];
    for (const attempt of attempts) expect(send(server, bjorn, editOn(server, attempt))).toMatch(/^notYours/);
    expect(noteOf(server, annes)).toMatchObject({ text: "Annes lapp", authorId: "anne" });
  });

  it("may move, resize, recolour and group it, as the board lets everyone at the table do", () => {
    const { server, annes, bjorns, area } = board();
    expect(send(server, bjorn, editOn(server, (doc) => moveNotes(doc, [{ id: annes, x: 40, y: 340 }])))).toBeNull();
    expect(send(server, bjorn, editOn(server, (doc) => resizeNote(doc, { id: annes, w: 200, h: 200 })))).toBeNull();
    expect(send(server, bjorn, editOn(server, (doc) => recolourNote(doc, [annes], "green")))).toBeNull();
    expect(send(server, bjorn, editOn(server, (doc) => moveNotesToFocusArea(doc, [annes, bjorns], area)))).toBeNull();
    const second = createFocusArea(server, { title: "Skole", x: 600, y: 300 });
    expect(send(server, bjorn, editOn(server, (doc) => mergeFocusAreas(doc, second, [area])))).toBeNull();
    expect(noteOf(server, annes)).toMatchObject({ x: 40, y: 340, w: 200, colour: "green", focusAreaId: second, text: "Annes lapp" });
  });

  it("a facilitator may rewrite and delete anyone's note", () => {
    const { server, annes, bjorns } = board();
    expect(send(server, lead, editOn(server, (doc) => updateNoteText(doc, annes, "Rettet")))).toBeNull();
    expect(send(server, lead, editOn(server, (doc) => deleteNotes(doc, [bjorns])))).toBeNull();
    expect(readBoard(server).notes.map((n) => n.text)).toEqual(["Rettet"]);
  });
});

describe("a participant's own notes", () => {
  it("may be written, rewritten and deleted", () => {
    const { server, bjorns } = board();
    expect(send(server, bjorn, editOn(server, (doc) => updateNoteText(doc, bjorns, "Ny tekst")))).toBeNull();
    let mine = "";
    expect(send(server, bjorn, editOn(server, (doc) => (mine = addNote(doc, { text: "Til", x: 0, y: 0, authorId: "bjorn" }))))).toBeNull();
    expect(noteOf(server, mine)?.text).toBe("Til");
    expect(send(server, bjorn, editOn(server, (doc) => deleteNotes(doc, [bjorns, mine])))).toBeNull();
    expect(noteOf(server, bjorns)).toBeUndefined();
  });

  it("must carry their author's own id; a note in someone else's name, or nobody's, is refused with what was written in it", () => {
    const { server } = board();
    let forged = "";
    let nobodys = "";
    expect(send(server, bjorn, editOn(server, (doc) => (forged = addNote(doc, { text: "Anne mener …", x: 0, y: 0, authorId: "anne" }))))).toMatch(/own id/);
    expect(send(server, bjorn, editOn(server, (doc) => (nobodys = addNote(doc, { text: "Anonym", x: 0, y: 0 }))))).toMatch(/own id/);
    expect(noteOf(server, forged)).toBeUndefined();
    expect(noteOf(server, nobodys)).toBeUndefined();
  });

  it("what is built on a refused edit is gone too, and the same edit sent again stays gone", () => {
    const { server } = board();
    const doc = replica(server);
    const before = Y.encodeStateVector(doc);
    const forged = addNote(doc, { text: "Falsk", x: 0, y: 0, authorId: "anne" });
    const first = Y.encodeStateAsUpdate(doc, before);
    expect(send(server, bjorn, first)).toMatch(/own id/);
    const between = Y.encodeStateVector(doc);
    updateNoteText(doc, forged, "Falsk, og mer");
    expect(send(server, bjorn, Y.encodeStateAsUpdate(doc, between))).toBeNull();
    // A reconnect (or a reload from the offline copy) sends everything again: a no-op now.
    const everything = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(board().server));
    expect(changesDocument(server, scanUpdate(everything))).toBe(false);
    expect(noteOf(server, forged)).toBeUndefined();
  });

  it("a mixed update keeps its allowed parts", () => {
    const { server, annes } = board();
    let mine = "";
    const refusal = send(
      server,
      bjorn,
      editOn(server, (doc) =>
        doc.transact(() => {
          mine = addNote(doc, { text: "Min", x: 0, y: 0, authorId: "bjorn" });
          deleteNotes(doc, [annes]);
        }),
      ),
    );
    expect(refusal).toMatch(/^notYours/);
    expect(noteOf(server, mine)?.text).toBe("Min");
    expect(noteOf(server, annes)?.text).toBe("Annes lapp");
  });
});

describe("locked boards, observers and unknown content", () => {
  it("on a locked board a participant's edit is refused whole and its ids stay taken; a facilitator's goes through", () => {
    const { server, bjorns } = board();
    const doc = replica(server);
    const before = Y.encodeStateVector(doc);
    const late = addNote(doc, { text: "For sent", x: 0, y: 0, authorId: "bjorn" });
    deleteNotes(doc, [bjorns]);
    const update = Y.encodeStateAsUpdate(doc, before);
    expect(send(server, bjorn, update, true)).toMatch(/^locked: /);
    expect(readBoard(server).notes.map((n) => n.id)).not.toContain(late);
    expect(noteOf(server, bjorns)).toBeDefined();
    // After the unlock, the same bytes from a copy the client failed to drop: the new note
    // stays gone (its ids are taken); a deletion is state, not an id, so it would apply now.
    // That is why the client drops its copy on a refusal (docs/board-refusals.md).
    expect(send(server, bjorn, update)).toBeNull();
    expect(readBoard(server).notes.map((n) => n.id)).not.toContain(late);
    expect(send(server, lead, editOn(server, (d) => addNote(d, { text: "Fasilitatoren ordner", x: 0, y: 0 })), true)).toBeNull();
    expect(readBoard(server).notes.map((n) => n.text)).toContain("Fasilitatoren ordner");
  });

  it("a reconnect that only repeats what the server has is not an edit, locked or not", () => {
    const { server, bjorns } = board();
    deleteNotes(server, [bjorns]);
    const copy = replica(server);
    const stepTwo = Y.encodeStateAsUpdate(copy, Y.encodeStateVector(server));
    expect(changesDocument(server, scanUpdate(stepTwo))).toBe(false);
    expect(send(server, { kind: "observer", id: "projector" }, stepTwo)).toBeNull();
    expect(send(server, bjorn, stepTwo, true)).toBeNull();
  });

  it("an observer's edit is not applied", () => {
    const { server } = board();
    expect(send(server, { kind: "observer", id: "projector" }, editOn(server, (doc) => addNote(doc, { text: "Nei", x: 0, y: 0, authorId: "projector" })))).toMatch(/^observer: /);
    expect(readBoard(server).notes.map((n) => n.text)).not.toContain("Nei");
  });

  it("an update that builds on content the server does not have asks for a resync instead of waiting as pending", () => {
    const { server, annes } = board();
    const doc = replica(server);
    const unseen = addNote(doc, { text: "ikke lagret", x: 0, y: 0, authorId: "anne" });
    const seen = Y.encodeStateVector(doc);
    updateNoteText(doc, unseen, "ikke lagret, og endret");
    const dependent = Y.encodeStateAsUpdate(doc, seen);
    expect(decideEdit(server, scanUpdate(dependent), anne)).toMatchObject({ kind: "missing" });
    const before = Y.encodeStateVector(doc);
    deleteNotes(doc, [annes]);
    expect(decideEdit(server, scanUpdate(Y.encodeStateAsUpdate(doc, before)), anne)).toMatchObject({ kind: "accept" });
  });
});

describe("edits under other people's client ids", () => {
  /** The board server's view of who speaks for which client id. */
  const owners = (mine: number[], theirs: number[]) => (client: number) => (mine.includes(client) ? "mine" : theirs.includes(client) ? "theirs" : "nobody");

  it("someone else's unstored note relayed after a crash is left out (not refused for good), so its author still brings it", () => {
    const { server, area } = board();
    // Anne and Bjørn both have Anne's last note; the server lost it (it crashed before storing).
    const annesDoc = replica(server);
    addNote(annesDoc, { text: "Anne, før krasjet", x: 0, y: 0, authorId: "anne" }); // she had written before
    Y.applyUpdate(server, Y.encodeStateAsUpdate(annesDoc, Y.encodeStateVector(server)));
    const lostFrom = Y.encodeStateVector(annesDoc);
    const lost = addNote(annesDoc, { text: "Anne, ikke lagret", x: 0, y: 0, authorId: "anne" });
    const bjornsDoc = replica(server);
    Y.applyUpdate(bjornsDoc, Y.encodeStateAsUpdate(annesDoc, lostFrom)); // relayed to Bjørn before the crash
    renameFocusArea(bjornsDoc, area, "Bjørns område");

    // Bjørn reconnects first: his sync carries Anne's unstored note too.
    const stepTwo = Y.encodeStateAsUpdate(bjornsDoc, Y.encodeStateVector(server));
    const admission = admitUpdate(server, stepTwo, scanUpdate(stepTwo), bjorn, false, owners([bjornsDoc.clientID], []));
    expect(admission).toMatchObject({ kind: "apply", refusal: { code: "resync" } });
    if (admission.kind === "apply") Y.applyUpdate(server, admission.update);
    expect(readBoard(server).focusAreas.find((a) => a.id === area)?.title).toBe("Bjørns område");
    expect(noteOf(server, lost)).toBeUndefined();
    // Anne reconnects: her note is taken from her.
    const hers = Y.encodeStateAsUpdate(annesDoc, Y.encodeStateVector(server));
    expect(admitUpdate(server, hers, scanUpdate(hers), anne, false, owners([annesDoc.clientID], [bjornsDoc.clientID]))).toMatchObject({ kind: "apply", refusal: null });
    Y.applyUpdate(server, hers);
    expect(noteOf(server, lost)?.text).toBe("Anne, ikke lagret");
  });

  it("when the sender's own edits build on the relayed note, it is refused for good rather than leave the sender unable to sync", () => {
    const { server } = board();
    const annesDoc = replica(server);
    addNote(annesDoc, { text: "Anne, før", x: 0, y: 0, authorId: "anne" });
    Y.applyUpdate(server, Y.encodeStateAsUpdate(annesDoc, Y.encodeStateVector(server)));
    const lostFrom = Y.encodeStateVector(annesDoc);
    addNote(annesDoc, { text: "Anne, ikke lagret", x: 0, y: 0, authorId: "anne" });
    const bjornsDoc = replica(server);
    Y.applyUpdate(bjornsDoc, Y.encodeStateAsUpdate(annesDoc, lostFrom));
    // His note's position goes after hers in the position registers: it builds on her note.
    const bjorns = addNote(bjornsDoc, { text: "Bjørn etter", x: 0, y: 0, authorId: "bjorn" });
    const stepTwo = Y.encodeStateAsUpdate(bjornsDoc, Y.encodeStateVector(server));
    const admission = admitUpdate(server, stepTwo, scanUpdate(stepTwo), bjorn, false, owners([bjornsDoc.clientID], []));
    expect(admission).toMatchObject({ kind: "apply", refusal: { code: "notYours" } });
    if (admission.kind === "apply") Y.applyUpdate(server, admission.update);
    expect(noteOf(server, bjorns)?.text).toBe("Bjørn etter");
    expect(server.store.pendingStructs).toBeNull();
  });

  it("nobody may write in a client id another connection speaks for", () => {
    const { server } = board();
    const annesDoc = replica(server);
    const before = Y.encodeStateVector(annesDoc);
    const real = addNote(annesDoc, { text: "Annes ekte", x: 0, y: 0, authorId: "anne" });
    // Bjørn crafts an edit under Anne's client id at her next clock.
    const squat = replica(server);
    squat.clientID = annesDoc.clientID;
    addNote(squat, { text: "Bjørn i Annes navn", x: 0, y: 0, authorId: "bjorn" });
    const forged = Y.encodeStateAsUpdate(squat, before);
    const admission = admitUpdate(server, forged, scanUpdate(forged), bjorn, false, owners([], [annesDoc.clientID]));
    if (admission.kind === "apply") Y.applyUpdate(server, admission.update);
    expect(readBoard(server).notes.map((n) => n.text)).not.toContain("Bjørn i Annes navn");
    const hers = Y.encodeStateAsUpdate(annesDoc, before);
    Y.applyUpdate(server, admitUpdateOrThrow(server, hers, anne));
    expect(noteOf(server, real)?.text).toBe("Annes ekte");
  });
});

function admitUpdateOrThrow(server: Y.Doc, update: Uint8Array, editor: BoardEditor): Uint8Array {
  const admission = admitUpdate(server, update, scanUpdate(update), editor, false);
  if (admission.kind !== "apply") throw new Error(`not applied: ${JSON.stringify(admission)}`);
  return admission.update;
}
