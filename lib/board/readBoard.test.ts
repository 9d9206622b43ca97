// The hand-written fast checks in readBoard must never accept a value its zod schema refuses
// (or returns changed): zod stays the authority, the fast path only skips it when sure.
import { describe, expect, it } from "vitest";
import { checks } from "./readBoard";

const samples: unknown[] = [
  undefined, null, true, false, 0, 1, -1, 1.5, 20, 19.99, 10_000, 10_001, 1_000_000, 1_000_001, -1_000_001,
  Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, "", "a", "yellow", "Yellow", "planned", "x".repeat(64), "x".repeat(65),
  "x".repeat(200), "x".repeat(201), "x".repeat(1000), "x".repeat(1001), "x".repeat(8000), "x".repeat(8001), "a b", "é",
  "2024-05-06T07:08:09.123Z", "2024-02-28T23:59:59.999Z", "2024-02-29T10:00:00.000Z", "2023-02-29T10:00:00.000Z",
  "2024-04-31T10:00:00.000Z", "2024-13-01T10:00:00.000Z", "2024-05-06T24:00:00.000Z", "2024-05-06T07:08:09Z",
  "2024-05-06T07:08:09.123+01:00", "2024-05-06 07:08:09.123Z", "2024-05-06", "0000-01-01T00:00:00.000Z",
  { x: 1, y: 2 }, { x: 1, y: 2, z: 3 }, { x: 1 }, { x: "1", y: 2 }, { w: 20, h: 10_000 }, { w: 19, h: 30 }, { w: 30, h: 30, x: 1 },
  { x: Number.NaN, y: 0 }, [1, 2], Object.assign([1, 2], { x: 1, y: 2 }), { boardId: "abc", tableName: "Bord 1" }, ["a"],
];

describe("readBoard's fast checks", () => {
  for (const [name, check] of Object.entries(checks)) {
    it(`${name}: accepts only what zod accepts unchanged`, () => {
      for (const value of samples) {
        if (!check.fast(value)) continue;
        const parsed = check.schema.safeParse(value);
        expect(parsed.success, `${name} accepted ${JSON.stringify(value)}`).toBe(true);
        expect(parsed.data).toEqual(value);
      }
    });
  }

  it("still take the fast path for ordinary note values", () => {
    expect(checks.timestamp.fast("2024-05-06T07:08:09.123Z")).toBe(true);
    expect(checks.position.fast({ x: 10, y: -20 })).toBe(true);
    expect(checks.size.fast({ w: 160, h: 120 })).toBe(true);
    expect(checks.nullableId.fast("V1StGXR8_Z5jdHi6B-myT")).toBe(true);
    expect(checks.colour.fast("green")).toBe(true);
  });
});
