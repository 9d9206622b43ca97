import { describe, expect, it } from "vitest";
import { tableMetrics } from "./tableMetrics";

const p = (id: string, organisation: string, sector: string | null = null) => ({ id, organisation, sector });

describe("tableMetrics", () => {
  const tables = [
    [p("1", "Bergen kommune", "kommune"), p("2", "Bergen kommune", "kommune"), p("3", "Helse Vest", "helse")],
    [p("4", "bergen kommune ", "kommune"), p("5", "Helse Vest", "helse")],
    [p("6", "Frivilligsentralen")],
  ];
  const m = tableMetrics(tables);

  it("measures sizes", () => {
    expect(m.sizes).toEqual([3, 2, 1]);
    expect(m.sizeSpread).toBe(2);
  });

  it("measures per organisation spread over all tables, grouping names case-insensitively", () => {
    expect(m.organisationSpread).toEqual({ "Bergen kommune": 2, "Helse Vest": 1, Frivilligsentralen: 1 });
    expect(m.maxOrganisationSpread).toBe(2);
    expect(m.organisationTables).toEqual({ "Bergen kommune": 2, "Helse Vest": 2, Frivilligsentralen: 1 });
  });

  it("measures sectors, with unknown sectors under the empty key", () => {
    expect(m.sectorSpread).toEqual({ kommune: 2, helse: 1, "": 1 });
    expect(m.sectorTables).toEqual({ kommune: 2, helse: 2, "": 1 });
    expect(m.maxSectorSpread).toBe(2);
  });

  it("flags organisations split more than the largest table forces", () => {
    expect(m.needlesslySplit).toEqual(["Bergen kommune", "Helse Vest"]);
    expect(tableMetrics([[p("1", "A"), p("2", "A")], [p("3", "A")]]).needlesslySplit).toEqual([]);
  });

  it("is all zeros for no tables", () => {
    expect(tableMetrics([])).toMatchObject({ sizes: [], sizeSpread: 0, maxOrganisationSpread: 0, needlesslySplit: [] });
  });
});
