import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { addAction, addActionChain, addNote, createFocusArea, readBoard } from "@/lib/board";
import { buildReport } from "../buildReport";
import type { ReportInput } from "../types";
import { buildProgrammeReport } from "./buildProgrammeReport";

type Voter = { organisation: string; sector: string; dots: Record<string, number> };

/** A workshop with one plenary board of focus areas, a revealed round and the given ballots. */
function workshop(id: string, { anonymous, areas, voters, minGroupSize = 3 }: { anonymous: boolean; areas: string[]; voters: Voter[]; minGroupSize?: number }): ReportInput {
  const doc = new Y.Doc();
  const areaIds = areas.map((title, i) => createFocusArea(doc, { title, x: i * 400, y: 0 }));
  addNote(doc, { text: `Funn fra intervju i ${id}`, x: 0, y: 400, authorOrganisation: "Intervjurunde" });
  addNote(doc, { text: "Skrevet i møtet", x: 200, y: 400, authorId: "p0", authorName: "Kari", authorOrganisation: "Frosta kommune" });
  const chain = addActionChain(doc, { focusAreaId: areaIds[0], goal: `Mål i ${id}` });
  addAction(doc, chain, { what: `Første tiltak i ${id}`, responsible: "Kommunalsjef", responsibleOrganisation: "Frosta kommune", deadline: "2027-03-01", status: "started" });
  const items = areas.map((title, position) => ({ id: `${id}-i${position}`, boardId: `${id}-plenary`, focusAreaId: areaIds[position], title, position, dots: 0 }));
  const entries = voters.flatMap((v, n) =>
    Object.entries(v.dots).map(([title, dots]) => ({ participantId: `${id}-p${n}`, itemId: items[areas.indexOf(title)].id, dots, organisation: v.organisation, sector: v.sector })),
  );
  for (const item of items) item.dots = entries.filter((e) => e.itemId === item.id).reduce((s, e) => s + e.dots, 0);
  return {
    workshop: { id, title: `Dialogmøte ${id}`, date: "2026-03-01", place: id, organisers: null, language: "nb", method: "dialogueConference", status: "closed", anonymous, minGroupSize },
    organisations: [...new Set(voters.map((v) => v.organisation))].map((name, position) => ({ name, sector: voters.find((v) => v.organisation === name)!.sector, position })),
    phases: [],
    tables: [],
    participants: voters.map((v, n) => ({ id: `${id}-p${n}`, displayName: `Person ${n}`, organisation: v.organisation, sector: v.sector, role: "participant", tableId: null, removed: false })),
    boards: [{ id: `${id}-plenary`, tableId: null, title: "Plenum", locked: false, snapshot: readBoard(doc) }],
    rounds: [{ id: `${id}-r`, title: "Prioritering", status: "revealed", budget: 5, maxPerItem: 5, anonymous, items, entries, aggregate: null }],
    generatedAt: "2026-12-02T00:00:00.000Z",
  };
}

const many = (n: number, organisation: string, sector: string, dots: Record<string, number>): Voter[] => Array.from({ length: n }, () => ({ organisation, sector, dots }));

describe("the programme report model", () => {
  it("puts an area named alike (or linked) in two workshops side by side with its rank and votes in each", () => {
    const a = workshop("Frosta", { anonymous: false, areas: ["Bedre samhandling", "Rekruttering"], voters: [...many(2, "Frosta kommune", "kommune", { "Bedre samhandling": 3, Rekruttering: 1 })] });
    const b = workshop("Leksvik", { anonymous: false, areas: ["Rekruttering", "bedre samhandling.", "Samhandling mellom nivåene"], voters: many(3, "Indre Fosen kommune", "kommune", { Rekruttering: 4, "Samhandling mellom nivåene": 1 }) });
    const model = buildProgrammeReport({
      programme: { id: "p", title: "Fosen", description: null, language: "nb" },
      workshops: [a, b].map((input) => ({ id: input.workshop.id, model: buildReport(input) })),
      links: [],
      generatedAt: "2026-12-02T00:00:00.000Z",
    });
    const shared = model.areas.find((x) => x.key === "bedre samhandling")!;
    expect(shared.perWorkshop.map((e) => [e.workshopId, e.title, e.rank, e.dots])).toEqual([
      ["Frosta", "Bedre samhandling", 1, 6],
      ["Leksvik", "bedre samhandling.", 3, 0],
    ]);
    expect(shared.perOrganisation).toEqual([
      { workshopId: "Frosta", name: "Frosta kommune", kind: "named", voters: 2, dots: 6 },
      { workshopId: "Leksvik", name: "Indre Fosen kommune", kind: "named", voters: 3, dots: 0 },
    ]);
    // Every chain with its owner, deadline and status; the findings are the preloaded notes only.
    expect(model.chains.map((c) => [c.workshopId, c.actions[0].responsible, c.actions[0].deadline, c.actions[0].status])).toEqual([
      ["Frosta", "Kommunalsjef", "2027-03-01", "started"],
      ["Leksvik", "Kommunalsjef", "2027-03-01", "started"],
    ]);
    expect(model.findings.map((f) => f.items.map((i) => i.text))).toEqual([["Funn fra intervju i Frosta"], ["Funn fra intervju i Leksvik"]]);

    // The organiser links the differently named area: its votes now count in the shared area.
    const linked = buildProgrammeReport({
      programme: { id: "p", title: "Fosen", description: null, language: "nb" },
      workshops: [a, b].map((input) => ({ id: input.workshop.id, model: buildReport(input) })),
      links: [{ workshopId: "Leksvik", areaKey: "samhandling mellom nivåene", targetKey: "bedre samhandling" }],
      generatedAt: "2026-12-02T00:00:00.000Z",
    });
    const joined = linked.areas.find((x) => x.key === "bedre samhandling")!;
    expect(joined.perWorkshop.find((e) => e.workshopId === "Leksvik")).toMatchObject({ rank: 2, dots: 3 });
    expect(joined.perOrganisation.find((r) => r.workshopId === "Leksvik")).toMatchObject({ dots: 3 });
  });

  it("shows across the programme exactly the breakdown rows each anonymous workshop's own report shows", () => {
    // Frosta: one municipality with four voters, two small ones with one voter each (K = 3):
    // the small ones must not appear by name, only inside the pooled row.
    const a = workshop("Frosta", {
      anonymous: true,
      areas: ["Bedre samhandling"],
      voters: [...many(4, "Frosta kommune", "kommune", { "Bedre samhandling": 2 }), ...many(1, "Liten kommune", "kommune", { "Bedre samhandling": 5 }), ...many(1, "Røde Kors", "frivillighet", { "Bedre samhandling": 1 })],
    });
    // Leksvik: two voters in all, fewer than K: nothing may be shown per organisation.
    const b = workshop("Leksvik", { anonymous: true, areas: ["Bedre samhandling"], voters: many(2, "Indre Fosen kommune", "kommune", { "Bedre samhandling": 3 }) });
    const models = [a, b].map((input) => ({ id: input.workshop.id, model: buildReport(input) }));
    const model = buildProgrammeReport({ programme: { id: "p", title: "Fosen", description: null, language: "nb" }, workshops: models, links: [], generatedAt: "x" });
    const area = model.areas[0];
    for (const { id, model: own } of models) {
      const ownRows = own.rounds[0].byOrganisation.map((r) => ({ name: r.name, kind: r.kind, voters: r.voters }));
      expect(area.perOrganisation.filter((r) => r.workshopId === id).map((r) => ({ name: r.name, kind: r.kind, voters: r.voters }))).toEqual(ownRows);
    }
    const names = area.perOrganisation.map((r) => r.name);
    expect(names).not.toContain("Liten kommune");
    expect(names).not.toContain("Røde Kors");
    expect(names).not.toContain("Indre Fosen kommune");
    expect(area.perOrganisation.filter((r) => r.workshopId === "Leksvik")).toEqual([{ workshopId: "Leksvik", name: null, kind: "suppressed", voters: 0, dots: 0 }]);
    // And no voter's name travels: the model holds no participant at all.
    expect(JSON.stringify(model)).not.toContain("Person ");
    expect(JSON.stringify(model)).not.toContain("Kari");
  });
});
