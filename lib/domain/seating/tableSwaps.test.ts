import { describe, expect, it } from "vitest";
import type { Seat } from "./seat";
import { tableMetrics } from "./tableMetrics";
import { improveBySwaps, spanDelta, squaredDelta } from "./tableSwaps";

const seat = (id: string, organisation: string, sector = "s"): Seat => ({ id, organisation, sector });

describe("improveBySwaps", () => {
  it("spreads clustered organisations with the squared cost, keeping sizes", () => {
    const tables = [
      [seat("a1", "A"), seat("a2", "A"), seat("a3", "A")],
      [seat("b1", "B"), seat("b2", "B"), seat("b3", "B")],
      [seat("c1", "C"), seat("c2", "C"), seat("c3", "C")],
    ];
    improveBySwaps(tables, squaredDelta, 100);
    const m = tableMetrics(tables);
    expect(m.sizes).toEqual([3, 3, 3]);
    expect(m.maxOrganisationSpread).toBe(0);
  });

  it("gathers scattered organisations with the span cost", () => {
    const tables = [
      [seat("a1", "A"), seat("b1", "B"), seat("c1", "C")],
      [seat("a2", "A"), seat("b2", "B"), seat("c2", "C")],
      [seat("a3", "A"), seat("b3", "B"), seat("c3", "C")],
    ];
    improveBySwaps(tables, spanDelta, 5);
    expect(Object.values(tableMetrics(tables).organisationTables)).toEqual([1, 1, 1]);
  });

  it("lets organisations outrank sectors", () => {
    // Spreading sector X would need A to sit together; the organisation rule must win.
    const tables = [
      [seat("a1", "A", "X"), seat("b1", "B", "X")],
      [seat("a2", "A", "Y"), seat("b2", "B", "Y")],
    ];
    improveBySwaps(tables, squaredDelta, 100);
    expect(tableMetrics(tables).maxOrganisationSpread).toBe(0);
  });

  it("computes span and squared deltas from counts", () => {
    const a = new Map([["A", 1], ["B", 2]]);
    const b = new Map([["B", 1]]);
    // A leaves a (its only member there) for b (none there): -1 +1. B leaves b (its only one): -1; a has B already: 0.
    expect(spanDelta(a, b, "A", "B")).toBe(-1 + 1 - 1 + 0);
    expect(squaredDelta(a, b, "A", "B")).toBe(2 * (2 - 1 + 0 - 1) + 4);
  });
});
