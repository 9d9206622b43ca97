import { describe, expect, it } from "vitest";
import { breakdownBy, totalsByItem, type BallotEntry } from "./breakdown";

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

describe("breakdownBy organisation", () => {
  it("counts dots per item per organisation, merging spellings, sorted by total", () => {
    const rows = breakdownBy(entries, "organisation");
    expect(rows).toEqual([
      { name: "Bergen kommune", kind: "named", voters: 2, perItem: { bolig: 3, skole: 1 }, total: 4 },
      { name: "Askøy kommune", kind: "named", voters: 1, perItem: { skole: 3 }, total: 3 },
      { name: "Helse Vest", kind: "named", voters: 1, perItem: { bolig: 1, helse: 2 }, total: 3 },
      { name: "Frivilligsentralen", kind: "named", voters: 1, perItem: { skole: 1 }, total: 1 },
    ]);
  });

  it("never mentions a participant", () => {
    expect(JSON.stringify(breakdownBy(entries, "organisation"))).not.toMatch(/p[1-6]/);
  });

  it("pools groups below the minimum number of voters into one unnamed row", () => {
    const rows = breakdownBy(entries, "organisation", { minVoters: 2 });
    expect(rows).toEqual([
      { name: "Bergen kommune", kind: "named", voters: 2, perItem: { bolig: 3, skole: 1 }, total: 4 },
      { name: null, kind: "pooled", voters: 3, perItem: { skole: 4, bolig: 1, helse: 2 }, total: 7 },
    ]);
  });

  it("keeps the grand total equal to the item totals", () => {
    const rows = breakdownBy(entries, "organisation", { minVoters: 2 });
    const totals = totalsByItem(entries);
    const sum = (perItem: Record<string, number>[]) =>
      perItem.reduce<Record<string, number>>((acc, p) => {
        for (const [k, v] of Object.entries(p)) acc[k] = (acc[k] ?? 0) + v;
        return acc;
      }, {});
    expect(sum(rows.map((r) => r.perItem))).toEqual(totals);
    expect(totals).toEqual({ bolig: 4, skole: 5, helse: 2 });
  });
});

describe("breakdownBy sector", () => {
  it("groups by sector with a row for participants who gave none", () => {
    const rows = breakdownBy(entries, "sector");
    expect(rows.map((r) => [r.name, r.kind, r.voters, r.total])).toEqual([
      ["kommune", "named", 3, 7],
      ["helseforetak", "named", 1, 3],
      [null, "unspecified", 1, 1],
    ]);
  });
});
