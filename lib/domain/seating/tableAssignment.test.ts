import { describe, expect, it } from "vitest";
import { seededRandom, shuffled } from "./seededRandom";
import { assignTables, tableCapacities, tableCountFor, type Seat } from "./tableAssignment";
import { tableMetrics } from "./tableMetrics";

/** An inter-municipal public-health conference: uneven organisations, four sectors. */
function conference(): Seat[] {
  const people: Seat[] = [];
  const add = (organisation: string, sector: string | null, n: number) => {
    for (let i = 0; i < n; i++) people.push({ id: `${organisation}#${i}`, organisation, sector });
  };
  const municipalitySizes = [6, 5, 5, 4, 4, 3, 3, 3, 2, 2, 2, 1, 1, 1];
  municipalitySizes.forEach((n, i) => add(`Kommune ${i + 1}`, "kommune", n));
  add("Helse Vest", "helseforetak", 8);
  add("Vestland fylkeskommune", "fylkeskommune", 3);
  add("Frivilligsentralen", "frivillighet", 2);
  return people;
}

const people = conference(); // 42 + 8 + 3 + 2 = 55
const ids = (tables: Seat[][]) => tables.map((t) => t.map((p) => p.id));

function expectEveryoneSeatedOnce(tables: Seat[][], input: Seat[]) {
  const seated = tables.flat().map((p) => p.id).sort();
  expect(seated).toEqual(input.map((p) => p.id).sort());
}

describe("table counts and capacities", () => {
  it("derives the number of tables from a size, never exceeding it", () => {
    expect(tableCountFor(55, { tableSize: 8 })).toBe(7);
    expect(tableCountFor(56, { tableSize: 8 })).toBe(7);
    expect(tableCountFor(57, { tableSize: 8 })).toBe(8);
    expect(tableCountFor(0, { tableSize: 8 })).toBe(0);
    expect(tableCountFor(55, { tableCount: 6 })).toBe(6);
  });

  it("balances capacities to within one", () => {
    expect(tableCapacities(55, 7)).toEqual([8, 8, 8, 8, 8, 8, 7]);
    expect(tableCapacities(3, 5)).toEqual([1, 1, 1, 0, 0]);
  });
});

describe("assignTables: mixed", () => {
  for (const seed of [1, 2, 3, "a", "b"]) {
    it(`spreads every organisation and sector within one per table (seed ${seed})`, () => {
      const tables = assignTables(people, { mode: "mixed", tableCount: 7, seed });
      expectEveryoneSeatedOnce(tables, people);
      const m = tableMetrics(tables);
      expect(m.sizeSpread).toBeLessThanOrEqual(1);
      expect(m.maxOrganisationSpread).toBeLessThanOrEqual(1);
      expect(m.maxSectorSpread).toBeLessThanOrEqual(1);
      expect(m.organisationSpread["Helse Vest"]).toBe(1); // 8 over 7 tables: one table has two
      expect(m.organisationTables["Helse Vest"]).toBe(7);
      expect(m.organisationTables["Kommune 1"]).toBe(6);
    });
  }

  it("respects a table size", () => {
    const tables = assignTables(people, { mode: "mixed", tableSize: 6 });
    expect(tables).toHaveLength(10);
    expect(Math.max(...tables.map((t) => t.length))).toBeLessThanOrEqual(6);
    expect(tableMetrics(tables).sizeSpread).toBeLessThanOrEqual(1);
  });

  it("is deterministic for a seed and varies with it", () => {
    const a = assignTables(people, { mode: "mixed", tableCount: 7, seed: 11 });
    const b = assignTables(people, { mode: "mixed", tableCount: 7, seed: 11 });
    const c = assignTables(people, { mode: "mixed", tableCount: 7, seed: 12 });
    expect(ids(a)).toEqual(ids(b));
    expect(ids(c)).not.toEqual(ids(a));
  });

  it("does not depend on the order participants arrive in", () => {
    const reordered = shuffled(people, seededRandom("arrivals"));
    const m = tableMetrics(assignTables(reordered, { mode: "mixed", tableCount: 7, seed: 4 }));
    expect(m.maxOrganisationSpread).toBeLessThanOrEqual(1);
    expect(m.maxSectorSpread).toBeLessThanOrEqual(1);
  });

  it("keeps an organisation spread even when its members name different sectors", () => {
    const odd: Seat[] = [
      ...people,
      { id: "x1", organisation: "Kommune 1", sector: "helseforetak" },
      { id: "x2", organisation: "kommune 1 ", sector: null },
    ];
    const m = tableMetrics(assignTables(odd, { mode: "mixed", tableCount: 8, seed: 5 }));
    expect(m.organisationSpread["Kommune 1"]).toBeLessThanOrEqual(1);
    expect(m.maxOrganisationSpread).toBeLessThanOrEqual(1);
    expect(m.sizeSpread).toBeLessThanOrEqual(1);
  });

  it("handles more tables than people and nobody at all", () => {
    const few = people.slice(0, 3);
    const tables = assignTables(few, { mode: "mixed", tableCount: 5 });
    expect(tables.map((t) => t.length).sort()).toEqual([0, 0, 1, 1, 1]);
    expect(assignTables([], { mode: "mixed", tableSize: 6 })).toEqual([]);
    expect(assignTables([], { mode: "mixed", tableCount: 2 })).toEqual([[], []]);
  });
});

describe("assignTables: homogeneous", () => {
  for (const seed of [1, 2, 3, "a", "b"]) {
    it(`keeps organisations together and sizes balanced (seed ${seed})`, () => {
      const tables = assignTables(people, { mode: "homogeneous", tableCount: 7, seed });
      expectEveryoneSeatedOnce(tables, people);
      const m = tableMetrics(tables);
      expect(m.sizeSpread).toBeLessThanOrEqual(1);
      // Helse Vest (8) fits one table of 8 exactly.
      expect(m.organisationTables["Helse Vest"]).toBe(1);
      expect(m.organisationTables["Kommune 1"]).toBe(1);
      expect(m.needlesslySplit).toEqual([]);
      // Municipalities share tables with municipalities: 42 people need at least 6 tables.
      expect(m.sectorTables["kommune"]).toBeLessThanOrEqual(6);
    });
  }

  it("splits an organisation larger than a table over as few tables as needed", () => {
    const tables = assignTables(people, { mode: "homogeneous", tableSize: 5, seed: 9 });
    const m = tableMetrics(tables);
    expect(m.sizeSpread).toBeLessThanOrEqual(1);
    expect(m.organisationTables["Helse Vest"]).toBe(2);
    expect(m.organisationTables["Kommune 1"]).toBe(2);
    expect(m.needlesslySplit.length).toBeLessThanOrEqual(1);
  });

  it("keeps people of one sector together when organisations are single people", () => {
    const singles: Seat[] = [
      ...Array.from({ length: 6 }, (_, i) => ({ id: `k${i}`, organisation: `Kommune ${i}`, sector: "kommune" })),
      ...Array.from({ length: 6 }, (_, i) => ({ id: `f${i}`, organisation: `Lag ${i}`, sector: "frivillighet" })),
    ];
    const m = tableMetrics(assignTables(singles, { mode: "homogeneous", tableCount: 2, seed: 3 }));
    expect(m.sectorTables).toEqual({ kommune: 1, frivillighet: 1 });
  });

  it("is deterministic for a seed", () => {
    const a = assignTables(people, { mode: "homogeneous", tableCount: 7, seed: "x" });
    const b = assignTables(people, { mode: "homogeneous", tableCount: 7, seed: "x" });
    expect(ids(a)).toEqual(ids(b));
  });
});

describe("assignTables: input checks", () => {
  it("rejects missing or conflicting table settings and duplicate ids", () => {
    expect(() => assignTables(people, { mode: "mixed" })).toThrow();
    expect(() => assignTables(people, { mode: "mixed", tableCount: 3, tableSize: 4 })).toThrow();
    expect(() => assignTables(people, { mode: "mixed", tableCount: 0 })).toThrow();
    expect(() => assignTables([people[0], people[0]], { mode: "mixed", tableCount: 1 })).toThrow(/unique/);
  });
});

describe("assignTables: many random conferences", () => {
  /** 40–200 people in organisations of 1–12 over up to five sectors, some without a sector. */
  function randomConference(seed: number): Seat[] {
    const random = seededRandom(seed);
    const people: Seat[] = [];
    const total = 40 + Math.floor(random() * 160);
    for (let org = 0; people.length < total; org++) {
      const size = 1 + Math.floor(random() * 12);
      const sector = random() < 0.1 ? null : `sektor ${Math.floor(random() * 5)}`;
      for (let i = 0; i < size && people.length < total; i++) people.push({ id: `${seed}-${org}-${i}`, organisation: `Org ${org}`, sector });
    }
    return people;
  }

  it("mixed: every organisation and sector within one, sizes within one", () => {
    for (let seed = 0; seed < 25; seed++) {
      const input = randomConference(seed);
      const tables = assignTables(input, { mode: "mixed", tableSize: 4 + (seed % 5), seed });
      expectEveryoneSeatedOnce(tables, input);
      const m = tableMetrics(tables);
      expect(m.sizeSpread, `seed ${seed}`).toBeLessThanOrEqual(1);
      expect(m.maxOrganisationSpread, `seed ${seed}`).toBeLessThanOrEqual(1);
      expect(m.maxSectorSpread, `seed ${seed}`).toBeLessThanOrEqual(1);
    }
  });

  it("homogeneous: sizes within one and few organisations split more than needed", () => {
    for (let seed = 0; seed < 25; seed++) {
      const input = randomConference(seed);
      const tables = assignTables(input, { mode: "homogeneous", tableSize: 6 + (seed % 4), seed });
      expectEveryoneSeatedOnce(tables, input);
      const m = tableMetrics(tables);
      expect(m.sizeSpread, `seed ${seed}`).toBeLessThanOrEqual(1);
      const organisations = Object.keys(m.organisationTables).length;
      expect(m.needlesslySplit.length, `seed ${seed}`).toBeLessThanOrEqual(Math.ceil(organisations / 5));
    }
  });
});
