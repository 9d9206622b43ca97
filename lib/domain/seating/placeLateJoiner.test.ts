import { describe, expect, it } from "vitest";
import { placeLateJoiner } from "./placeLateJoiner";

const p = (id: string, organisation: string, sector: string | null = null) => ({ id, organisation, sector });

const tables = [
  [p("1", "Bergen", "kommune"), p("2", "Helse Vest", "helse"), p("3", "Askøy", "kommune")],
  [p("4", "Bergen", "kommune"), p("5", "Fylket", "fylke")],
  [p("6", "Helse Vest", "helse"), p("7", "Frivillig", "frivillighet")],
];

describe("placeLateJoiner: mixed", () => {
  it("picks the smallest table with the fewest colleagues", () => {
    // Tables 1 and 2 are smallest; table 1 already has someone from Bergen.
    expect(placeLateJoiner(tables, p("x", "Bergen", "kommune"), "mixed")).toBe(2);
    expect(placeLateJoiner(tables, p("x", "Helse Vest", "helse"), "mixed")).toBe(1);
  });

  it("prefers fewer people of the same sector when organisations are equal", () => {
    expect(placeLateJoiner(tables, p("x", "Fjell", "helse"), "mixed")).toBe(1);
    expect(placeLateJoiner(tables, p("x", "Fjell", "fylke"), "mixed")).toBe(2);
  });

  it("never lets a table get two larger than the smallest", () => {
    const uneven = [[p("1", "A"), p("2", "A")], [p("3", "B")]];
    expect(placeLateJoiner(uneven, p("x", "B"), "mixed")).toBe(1);
  });
});

describe("placeLateJoiner: homogeneous", () => {
  it("joins colleagues, then the same sector, then the smallest table", () => {
    expect(placeLateJoiner(tables, p("x", "Helse Vest", "helse"), "homogeneous")).toBe(2);
    expect(placeLateJoiner(tables, p("x", "Fjell", "kommune"), "homogeneous")).toBe(1);
    expect(placeLateJoiner(tables, p("x", "Ukjent", null), "homogeneous")).toBe(1);
  });

  it("matches organisations case-insensitively", () => {
    expect(placeLateJoiner(tables, p("x", " frivillig", null), "homogeneous")).toBe(2);
  });

  it("joins colleagues at a larger table only within the allowed spread", () => {
    const uneven = [[p("1", "A"), p("2", "A"), p("3", "A")], [p("4", "B")]];
    expect(placeLateJoiner(uneven, p("x", "A"), "homogeneous")).toBe(1); // would be 4 vs 1
    expect(placeLateJoiner(uneven, p("x", "A"), "homogeneous", { maxSpread: 3 })).toBe(0);
    const close = [[p("1", "A"), p("2", "A")], [p("4", "B")]];
    expect(placeLateJoiner(close, p("x", "A"), "homogeneous")).toBe(0);
  });

  it("returns null when there are no tables", () => {
    expect(placeLateJoiner([], p("x", "A"), "homogeneous")).toBeNull();
  });
});
