import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { addAction, addActionChain, addNote, createFocusArea, forgetAuthorName, forgetNameInActions, readBoard } from "./index";

describe("forgetAuthorName", () => {
  it("removes the name from the author's notes only, and the encoded document holds it no more", () => {
    const doc = new Y.Doc();
    addNote(doc, { text: "Felles rutiner", x: 0, y: 0, authorId: "cmforgetme000000000000001", authorName: "Ingrid Glemt", authorOrganisation: "Malvik kommune" });
    addNote(doc, { text: "Mer hospitering", x: 1, y: 0, authorId: "cmforgetme000000000000001", authorName: "Ingrid Glemt" });
    addNote(doc, { text: "Bedre samhandling", x: 2, y: 0, authorId: "cmkeepme00000000000000001", authorName: "Per Beholdt" });
    expect(Buffer.from(Y.encodeStateAsUpdate(doc)).includes("Ingrid Glemt")).toBe(true);

    expect(forgetAuthorName(doc, "cmforgetme000000000000001")).toBe(2);
    const notes = readBoard(doc).notes;
    expect(notes.map((n) => n.authorName).sort()).toEqual(["", "", "Per Beholdt"]);
    expect(notes.map((n) => n.text).sort()).toEqual(["Bedre samhandling", "Felles rutiner", "Mer hospitering"]);
    expect(notes.find((n) => n.text === "Felles rutiner")?.authorOrganisation).toBe("Malvik kommune");
    // What a snapshot of the document would store: the overwritten name is not in it.
    const encoded = Buffer.from(Y.encodeStateAsUpdate(doc));
    expect(encoded.includes("Ingrid Glemt")).toBe(false);
    expect(encoded.includes("Per Beholdt")).toBe(true);
    // Again: nothing left to change.
    expect(forgetAuthorName(doc, "cmforgetme000000000000001")).toBe(0);
  });
});

describe("forgetNameInActions", () => {
  it("clears an owner or partner written as the name, leaves other names and free text, and keeps no trace in the encoding", () => {
    const doc = new Y.Doc();
    const chain = addActionChain(doc, { focusAreaId: createFocusArea(doc, { title: "Skolevei", x: 0, y: 0 }), goal: "Tryggere skolevei" });
    addAction(doc, chain, { what: "Kartlegge krysningene", responsible: " ingrid glemt ", partners: ["Per Beholdt", "Ingrid Glemt"] });
    addAction(doc, chain, { what: "Ingrid Glemt foreslo dette", responsible: "Per Beholdt", partners: [] });
    addAction(doc, chain, { what: "Møte med FAU", responsible: "Ingrid", partners: [] });

    expect(forgetNameInActions(doc, "Ingrid Glemt")).toBe(1);
    const actions = readBoard(doc).chains[0].actions;
    expect(actions.map((a) => [a.what, a.responsible, a.partners])).toEqual([
      ["Kartlegge krysningene", "", ["Per Beholdt"]],
      ["Ingrid Glemt foreslo dette", "Per Beholdt", []],
      ["Møte med FAU", "Ingrid", []],
    ]);
    const encoded = Buffer.from(Y.encodeStateAsUpdate(doc));
    expect(encoded.includes("ingrid glemt")).toBe(false);
    expect(forgetNameInActions(doc, "Ingrid Glemt")).toBe(0);
    expect(forgetNameInActions(doc, "  ")).toBe(0);
  });
});
