import { describe, expect, it } from "vitest";
import { compareKeys, pickSmallest } from "./lexicographic";

describe("pickSmallest", () => {
  it("compares keys element by element and keeps the first of equals", () => {
    const items = [{ n: "a", k: [1, 5] }, { n: "b", k: [0, 9] }, { n: "c", k: [0, 9] }, { n: "d", k: [0, 10] }];
    expect(pickSmallest(items, (i) => i.k)?.n).toBe("b");
    expect(pickSmallest([], () => [0])).toBeUndefined();
  });

  it("orders shorter prefixes first", () => {
    expect(compareKeys([1], [1, 0])).toBeLessThan(0);
    expect(compareKeys([2, 0], [1, 9])).toBeGreaterThan(0);
    expect(compareKeys([1, 2], [1, 2])).toBe(0);
  });
});
