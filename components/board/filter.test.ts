import { describe, expect, it } from "vitest";
import type { NoteSnapshot } from "@/lib/board";
import { foldText, isFilterActive, matchesFilter, organisationsOf, emptyFilter } from "./filter";

const note = (over: Partial<NoteSnapshot>): NoteSnapshot => ({
  id: "n1",
  text: "",
  colour: "yellow",
  x: 0,
  y: 0,
  w: 160,
  h: 120,
  authorId: null,
  authorName: "",
  authorOrganisation: "",
  createdAt: "2025-01-01T00:00:00.000Z",
  focusAreaId: null,
  origin: null,
  phaseId: null,
  ...over,
});

describe("note filter", () => {
  it("folds Norwegian letters and accents", () => {
    expect(foldText("Tromsø Ærlig Café")).toBe("tromso aerlig cafe");
  });

  it("matches every word anywhere in text, organisation or name", () => {
    const n = note({ text: "Felles legevakt i Tromsø", authorOrganisation: "Balsfjord kommune" });
    expect(matchesFilter(n, { ...emptyFilter, text: "tromso balsfjord" })).toBe(true);
    expect(matchesFilter(n, { ...emptyFilter, text: "tromso bodø" })).toBe(false);
  });

  it("filters by colour and organisation exactly", () => {
    const n = note({ colour: "green", authorOrganisation: "UNN" });
    expect(matchesFilter(n, { ...emptyFilter, colour: "green" })).toBe(true);
    expect(matchesFilter(n, { ...emptyFilter, colour: "blue" })).toBe(false);
    expect(matchesFilter(n, { ...emptyFilter, organisation: "UNN" })).toBe(true);
    expect(matchesFilter(n, { ...emptyFilter, organisation: "UN" })).toBe(false);
  });

  it("knows when a filter is active and lists organisations once, sorted", () => {
    expect(isFilterActive(emptyFilter)).toBe(false);
    expect(isFilterActive({ ...emptyFilter, text: "  " })).toBe(false);
    expect(isFilterActive({ ...emptyFilter, organisation: "UNN" })).toBe(true);
    const orgs = organisationsOf([note({ authorOrganisation: "Tromsø" }), note({ authorOrganisation: "Alta" }), note({ authorOrganisation: "Tromsø" }), note({})]);
    expect(orgs).toEqual(["Alta", "Tromsø"]);
  });
});
