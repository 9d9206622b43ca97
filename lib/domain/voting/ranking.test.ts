import { describe, expect, it } from "vitest";
import { rankItems } from "./ranking";
import { selectTop } from "./topN";

const items = (...dots: number[]) => dots.map((d, i) => ({ id: `i${i}`, dots: d }));

describe("rankItems", () => {
  it("uses standard competition ranking with a tied flag", () => {
    const ranked = rankItems(items(3, 9, 5, 5, 2, 5));
    expect(ranked.map((r) => [r.id, r.rank, r.tied])).toEqual([
      ["i1", 1, false],
      ["i2", 2, true],
      ["i3", 2, true],
      ["i5", 2, true],
      ["i0", 5, false],
      ["i4", 6, false],
    ]);
  });

  it("keeps input order among equals and the caller's extra fields", () => {
    const ranked = rankItems([{ id: "b", dots: 1, title: "Bolig" }, { id: "a", dots: 1, title: "Arbeid" }]);
    expect(ranked.map((r) => r.title)).toEqual(["Bolig", "Arbeid"]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1]);
  });

  it("computes shares of all dots and bar lengths relative to the winner", () => {
    const ranked = rankItems(items(6, 3, 1));
    expect(ranked.map((r) => r.share)).toEqual([0.6, 0.3, 0.1]);
    expect(ranked.map((r) => r.relative)).toEqual([1, 0.5, 1 / 6]);
  });

  it("handles no votes and no items", () => {
    const ranked = rankItems(items(0, 0));
    expect(ranked.map((r) => [r.rank, r.tied, r.share, r.relative])).toEqual([[1, true, 0, 0], [1, true, 0, 0]]);
    expect(rankItems([])).toEqual([]);
  });
});

describe("selectTop", () => {
  const ranked = rankItems(items(9, 7, 5, 5, 2));

  it("takes the top N when the cut falls between different counts", () => {
    expect(selectTop(ranked, 2)).toMatchObject({ tiedAtCut: [], openPlaces: 0 });
    expect(selectTop(ranked, 2).selected.map((r) => r.id)).toEqual(["i0", "i1"]);
    expect(selectTop(ranked, 4).selected.map((r) => r.id)).toEqual(["i0", "i1", "i2", "i3"]);
  });

  it("reports a tie at the cut instead of choosing silently", () => {
    const top = selectTop(ranked, 3);
    expect(top.selected.map((r) => r.id)).toEqual(["i0", "i1"]);
    expect(top.tiedAtCut.map((r) => r.id)).toEqual(["i2", "i3"]);
    expect(top.openPlaces).toBe(1);
  });

  it("reports a tie that starts above the cut", () => {
    const top = selectTop(rankItems(items(5, 5, 5, 1)), 2);
    expect(top).toMatchObject({ selected: [], openPlaces: 2 });
    expect(top.tiedAtCut).toHaveLength(3);
  });

  it("handles N of zero, N beyond the list and bad N", () => {
    expect(selectTop(ranked, 0).selected).toEqual([]);
    expect(selectTop(ranked, 10).selected).toHaveLength(5);
    expect(() => selectTop(ranked, -1)).toThrow(RangeError);
    expect(() => selectTop(ranked, 1.5)).toThrow(RangeError);
  });
});
