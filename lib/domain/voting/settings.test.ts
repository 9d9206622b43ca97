import { describe, expect, it } from "vitest";
import { isAcceptingVotes, roundSettingsSchema } from "./settings";

describe("roundSettingsSchema", () => {
  it("accepts sensible settings and fills defaults", () => {
    expect(roundSettingsSchema.parse({ budget: 5, maxPerItem: 2 })).toEqual({
      kind: "dots", budget: 5, maxPerItem: 2, anonymous: false, showLive: false, closesAt: null,
    });
  });

  it("rejects a cap above the budget and non-positive numbers", () => {
    expect(roundSettingsSchema.safeParse({ budget: 3, maxPerItem: 4 }).success).toBe(false);
    expect(roundSettingsSchema.safeParse({ budget: 0, maxPerItem: 0 }).success).toBe(false);
    expect(roundSettingsSchema.safeParse({ budget: 2.5, maxPerItem: 1 }).success).toBe(false);
    expect(roundSettingsSchema.safeParse({ budget: 1000, maxPerItem: 1 }).success).toBe(false);
  });

  it("lets a points round hand out up to 1000 points in any split", () => {
    expect(roundSettingsSchema.safeParse({ kind: "points", budget: 1000, maxPerItem: 1000 }).success).toBe(true);
    expect(roundSettingsSchema.safeParse({ kind: "points", budget: 100, maxPerItem: 50 }).success).toBe(false);
    expect(roundSettingsSchema.safeParse({ kind: "points", budget: 1001, maxPerItem: 1001 }).success).toBe(false);
  });
});

describe("isAcceptingVotes", () => {
  const round = { budget: 3, maxPerItem: 1, closesAt: null, status: "open" as const };
  it("accepts only while open and before the closing time", () => {
    expect(isAcceptingVotes(round, 0)).toBe(true);
    expect(isAcceptingVotes({ ...round, status: "closed" }, 0)).toBe(false);
    expect(isAcceptingVotes({ ...round, status: "revealed" }, 0)).toBe(false);
    expect(isAcceptingVotes({ ...round, closesAt: 1000 }, 999)).toBe(true);
    expect(isAcceptingVotes({ ...round, closesAt: 1000 }, 1000)).toBe(false);
  });
});
