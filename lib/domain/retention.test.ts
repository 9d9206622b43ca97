import { describe, expect, it } from "vitest";
import { deletionDate, retentionHasPassed } from "./retention";

const created = new Date("2026-05-20T10:00:00Z");

describe("deletionDate", () => {
  it("counts the months from the workshop's date, or from its creation without one", () => {
    expect(deletionDate({ date: "2026-03-12", createdAt: created, retentionMonths: null }, 12).toISOString()).toBe("2027-03-12T00:00:00.000Z");
    expect(deletionDate({ date: "2026-03-12", createdAt: created, retentionMonths: 1 }, 12).toISOString()).toBe("2026-04-12T00:00:00.000Z");
    expect(deletionDate({ date: null, createdAt: created, retentionMonths: null }, 6).toISOString()).toBe("2026-11-20T10:00:00.000Z");
  });

  it("ends a month-end date at the end of a shorter month", () => {
    expect(deletionDate({ date: "2026-01-31", createdAt: created, retentionMonths: 1 }, 12).toISOString()).toBe("2026-02-28T00:00:00.000Z");
  });
});

describe("retentionHasPassed", () => {
  it("is true once the deletion moment is reached, so a form can warn before the sweep deletes", () => {
    const w = { date: "2025-01-10", createdAt: created, retentionMonths: null };
    expect(retentionHasPassed(w, 12, new Date("2026-01-09T23:59:59Z"))).toBe(false);
    expect(retentionHasPassed(w, 12, new Date("2026-01-10T00:00:00Z"))).toBe(true);
    expect(retentionHasPassed({ ...w, retentionMonths: 24 }, 12, new Date("2026-01-10T00:00:00Z"))).toBe(false);
  });
});
