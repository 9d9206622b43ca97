import { describe, expect, it } from "vitest";
import { spreadByOrganisation } from "./spread";

describe("spreadByOrganisation", () => {
  it("is each organisation's own share, lowest and highest", () => {
    const rows = [
      { name: "Frosta", kind: "named" as const, voters: 3, perItem: { a: 180, b: 120 }, total: 300 },
      { name: "St. Olav", kind: "named" as const, voters: 3, perItem: { a: 30, b: 270 }, total: 300 },
    ];
    expect(spreadByOrganisation(["a", "b", "c"], rows)).toEqual([
      { itemId: "a", min: 0.1, max: 0.6 },
      { itemId: "b", min: 0.4, max: 0.9 },
      { itemId: "c", min: 0, max: 0 },
    ]);
  });
  it("shows nothing with fewer than two rows that carry counts", () => {
    expect(spreadByOrganisation(["a"], [{ name: null, kind: "suppressed", voters: 0, perItem: {}, total: 0 }])).toEqual([{ itemId: "a", min: null, max: null }]);
  });
});
