import { describe, expect, it } from "vitest";
import { seededRandom } from "../seating/seededRandom";
import { breakdowns, type BallotEntry, type BreakdownRow } from "./breakdown";

/** The test's own count of the dots per item, to hold the tables against. */
function totalsByItem(entries: readonly BallotEntry[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const e of entries) if (e.dots > 0) totals[e.itemId] = (totals[e.itemId] ?? 0) + e.dots;
  return totals;
}

const e = (participantId: string, organisation: string, sector: string | null, itemId: string, dots: number): BallotEntry => ({
  participantId, organisation, sector, itemId, dots,
});

const entries: BallotEntry[] = [
  e("p1", "Bergen kommune", "kommune", "bolig", 2),
  e("p1", "Bergen kommune", "kommune", "skole", 1),
  e("p2", "bergen kommune", "kommune", "bolig", 1),
  e("p3", "Askøy kommune", "kommune", "skole", 3),
  e("p4", "Helse Vest", "helseforetak", "bolig", 1),
  e("p4", "Helse Vest", "helseforetak", "helse", 2),
  e("p5", "Frivilligsentralen", null, "skole", 1),
  e("p6", "Vestland fylkeskommune", "fylkeskommune", "helse", 0),
];

const sum = (rows: BreakdownRow[]) =>
  rows.reduce<Record<string, number>>((acc, row) => {
    for (const [k, v] of Object.entries(row.perItem)) acc[k] = (acc[k] ?? 0) + v;
    return acc;
  }, {});

describe("breakdowns of a named round (no minimum)", () => {
  it("counts dots per item per organisation, merging spellings, sorted by total", () => {
    expect(breakdowns(entries).byOrganisation).toEqual([
      { name: "Bergen kommune", kind: "named", voters: 2, perItem: { bolig: 3, skole: 1 }, total: 4 },
      { name: "Askøy kommune", kind: "named", voters: 1, perItem: { skole: 3 }, total: 3 },
      { name: "Helse Vest", kind: "named", voters: 1, perItem: { bolig: 1, helse: 2 }, total: 3 },
      { name: "Frivilligsentralen", kind: "named", voters: 1, perItem: { skole: 1 }, total: 1 },
    ]);
  });

  it("groups by the organisation's sector, with a row for organisations without one", () => {
    expect(breakdowns(entries).bySector.map((r) => [r.name, r.kind, r.voters, r.total])).toEqual([
      ["kommune", "named", 3, 7],
      ["helseforetak", "named", 1, 3],
      [null, "unspecified", 1, 1],
    ]);
  });

  it("never mentions a participant", () => {
    expect(JSON.stringify(breakdowns(entries))).not.toMatch(/p[1-6]/);
  });
});

describe("breakdowns of an anonymous round (K voters at least)", () => {
  it("pools one small organisation with others instead of showing it alone", () => {
    // Five from Trondheim and one from Malvik: Malvik "pooled" alone would be one person's ballot.
    const room = [
      ...[1, 2, 3, 4, 5].map((i) => e(`t${i}`, "Trondheim kommune", "kommune", "a", 1)),
      e("m1", "Malvik kommune", "kommune", "b", 3),
    ];
    const { byOrganisation, bySector } = breakdowns(room, { minVoters: 3 });
    // Topping Malvik up with Trondheim leaves one pooled row of all six; nothing by name.
    expect(byOrganisation).toEqual([{ name: null, kind: "pooled", voters: 6, perItem: { a: 5, b: 3 }, total: 8 }]);
    expect(bySector).toEqual([{ name: null, kind: "pooled", voters: 6, perItem: { a: 5, b: 3 }, total: 8 }]);
  });

  it("shows the small organisations of one sector together when they reach K", () => {
    const room = [
      ...[1, 2, 3].map((i) => e(`t${i}`, "Trondheim kommune", "kommune", "a", 1)),
      e("m1", "Malvik kommune", "kommune", "b", 1),
      e("s1", "Stjørdal kommune", "kommune", "b", 1),
      e("o1", "Orkland kommune", "kommune", "a", 1),
      ...[1, 2, 3].map((i) => e(`h${i}`, "St. Olavs hospital HF", "helseforetak", "b", 2)),
    ];
    const { byOrganisation, bySector } = breakdowns(room, { minVoters: 3 });
    expect(byOrganisation.map((r) => [r.name, r.kind, r.voters])).toEqual([
      ["St. Olavs hospital HF", "named", 3],
      ["Trondheim kommune", "named", 3],
      [null, "pooled", 3],
    ]);
    expect(bySector.map((r) => [r.name, r.kind, r.voters])).toEqual([
      ["helseforetak", "named", 3],
      ["kommune", "named", 6],
    ]);
  });

  it("suppresses the breakdown when the whole round has fewer than K voters", () => {
    const { byOrganisation, bySector } = breakdowns([e("a", "A", "kommune", "x", 2), e("b", "B", "stat", "x", 1)], { minVoters: 3 });
    expect(byOrganisation).toEqual([{ name: null, kind: "suppressed", voters: 0, perItem: {}, total: 0 }]);
    expect(bySector).toEqual([{ name: null, kind: "suppressed", voters: 0, perItem: {}, total: 0 }]);
  });

  it("keeps the grand total equal to the item totals", () => {
    const { byOrganisation, bySector } = breakdowns(entries, { minVoters: 2 });
    expect(sum(byOrganisation)).toEqual(totalsByItem(entries));
    expect(sum(bySector)).toEqual(totalsByItem(entries));
  });

  it("never lets a row, or a difference of rows between the two tables, rest on fewer than K voters", () => {
    const random = seededRandom("breakdown");
    const sectors = ["kommune", "helseforetak", "frivillighet", null];
    for (let run = 0; run < 400; run++) {
      const k = 2 + Math.floor(random() * 4);
      const orgCount = 1 + Math.floor(random() * 9);
      const orgs = Array.from({ length: orgCount }, (_, i) => ({ name: `Org ${i}`, sector: sectors[Math.floor(random() * sectors.length)] }));
      const people = Array.from({ length: Math.floor(random() * 25) }, (_, i) => ({ id: `p${i}`, org: orgs[Math.floor(random() * orgs.length)] }));
      const room = people.flatMap((p) => ["x", "y", "z"].filter(() => random() < 0.6).map((item) => e(p.id, p.org.name, p.org.sector, item, 1 + Math.floor(random() * 3))));
      const voters = new Set(room.map((r) => r.participantId)).size;
      const { byOrganisation, bySector } = breakdowns(room, { minVoters: k });
      const context = `run ${run}, K=${k}, ${voters} voters: ${JSON.stringify({ byOrganisation, bySector })}`;
      if (voters > 0 && voters < k) {
        expect(byOrganisation.map((r) => r.kind), context).toEqual(["suppressed"]);
        continue;
      }
      for (const row of [...byOrganisation, ...bySector]) expect(row.voters, context).toBeGreaterThanOrEqual(k);
      expect(sum(byOrganisation), context).toEqual(totalsByItem(room));
      expect(sum(bySector), context).toEqual(totalsByItem(room));
      // A sector minus its organisations shown by name is a group of its own: 0 or at least K.
      const sectorOf = new Map(orgs.map((o) => [o.name, o.sector]));
      for (const sector of bySector.filter((r) => r.kind !== "pooled")) {
        const shown = byOrganisation.filter((r) => r.kind === "named" && sectorOf.get(r.name!) === sector.name);
        const left = sector.voters - shown.reduce((n, r) => n + r.voters, 0);
        expect(left === 0 || left >= k, `${context}: ${sector.name} leaves ${left}`).toBe(true);
      }
      const pooledOrgs = byOrganisation.find((r) => r.kind === "pooled")?.voters ?? 0;
      const pooledSectors = bySector.find((r) => r.kind === "pooled")?.voters ?? 0;
      const between = pooledOrgs - pooledSectors;
      expect(between === 0 || between >= k, `${context}: pooled rows differ by ${between}`).toBe(true);
    }
  });
});
