// Chains in the report follow their focus areas: by rank, then the board's order of areas.
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { addActionChain, createFocusArea, readBoard, setFocusAreaRanks } from "@/lib/board";
import { buildChains } from "./buildChains";
import type { ReportInput } from "./types";

function input(doc: Y.Doc): ReportInput {
  return {
    workshop: { id: "w", title: "t", date: null, place: null, organisers: null, language: "nb", method: "free", status: "closed", anonymous: false, minGroupSize: 3 },
    organisations: [],
    phases: [],
    tables: [],
    participants: [],
    boards: [{ id: "b", tableId: null, title: "Plenum", locked: false, snapshot: readBoard(doc) }],
    rounds: [],
    generatedAt: "2026-03-12T12:00:00.000Z",
  };
}

describe("buildChains", () => {
  it("orders chains by their area's rank, then by the board's order of areas, whatever the ids", () => {
    const doc = new Y.Doc();
    const titles = ["A", "B", "C", "D", "E", "F"];
    const areas = titles.map((title, i) => createFocusArea(doc, { title, x: i * 500, y: 0 }));
    // Ids are random: chains made in reverse order would come out in some other order each
    // run if ties were left to the ids (1 in 720 to pass by luck).
    for (const areaId of [...areas].reverse()) addActionChain(doc, { focusAreaId: areaId, goal: "" });
    expect(buildChains(input(doc)).map((c) => c.focusAreaTitle)).toEqual(titles);
    setFocusAreaRanks(doc, [{ id: areas[4], rank: 1 }]);
    expect(buildChains(input(doc)).map((c) => c.focusAreaTitle)).toEqual(["E", "A", "B", "C", "D", "F"]);
  });
});
