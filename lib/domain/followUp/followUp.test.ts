import { describe, expect, it } from "vitest";
import { categorise, currentState, daysBetween, followUpInputSchema, type FollowUpEntry } from "./followUp";

const entry = (at: string, changes: Partial<FollowUpEntry> = {}): FollowUpEntry => ({ status: "started", progress: 10, comment: "", deadline: "2027-03-01", at, byOwner: true, ...changes });

describe("currentState", () => {
  it("is the board's values before any update", () => {
    const state = currentState({ status: "planned", deadline: "2027-03-01" }, []);
    expect(state).toMatchObject({ status: "planned", progress: 0, deadline: "2027-03-01", lastUpdateAt: null, deadlineChanges: 0 });
  });

  it("takes the latest update whatever order they come in, and keeps every one", () => {
    const state = currentState({ status: "planned", deadline: "2027-03-01" }, [
      entry("2027-02-10T10:00:00.000Z", { progress: 60, deadline: "2027-04-01" }),
      entry("2027-01-10T10:00:00.000Z", { progress: 20 }),
    ]);
    expect(state.progress).toBe(60);
    expect(state.deadline).toBe("2027-04-01");
    expect(state.history.map((h) => h.progress)).toEqual([20, 60]);
  });

  it("counts only the updates that moved the deadline (the calendar's SEQUENCE)", () => {
    const state = currentState({ status: "planned", deadline: "2027-03-01" }, [
      entry("2027-01-01T00:00:00.000Z"),
      entry("2027-01-02T00:00:00.000Z", { deadline: "2027-05-01" }),
      entry("2027-01-03T00:00:00.000Z", { deadline: "2027-05-01" }),
      entry("2027-01-04T00:00:00.000Z", { deadline: null }),
    ]);
    expect(state.deadlineChanges).toBe(2);
    expect(state.deadline).toBeNull();
  });

  it("ignores an unreadable agreed deadline", () => {
    expect(currentState({ status: "planned", deadline: "2027-02-30" }, []).deadline).toBeNull();
  });
});

describe("categorise", () => {
  const options = { today: "2027-03-10", now: "2027-03-10T12:00:00.000Z", dueSoonDays: 14, stalledWeeks: 4, since: "2027-03-01T09:00:00.000Z" };
  it("sorts by urgency", () => {
    expect(categorise({ status: "done", deadline: "2027-01-01", lastUpdateAt: null }, options)).toBe("done");
    expect(categorise({ status: "started", deadline: "2027-03-09", lastUpdateAt: null }, options)).toBe("overdue");
    expect(categorise({ status: "started", deadline: "2027-03-10", lastUpdateAt: null }, options)).toBe("dueSoon");
    expect(categorise({ status: "started", deadline: "2027-03-24", lastUpdateAt: null }, options)).toBe("dueSoon");
    expect(categorise({ status: "started", deadline: "2027-03-25", lastUpdateAt: null }, options)).toBe("onTrack");
  });
  it("calls an action stalled after N weeks without an update, counted from the meeting before the first", () => {
    const later = { ...options, now: "2027-03-29T09:00:00.000Z" };
    expect(categorise({ status: "planned", deadline: null, lastUpdateAt: null }, later)).toBe("stalled");
    expect(categorise({ status: "planned", deadline: null, lastUpdateAt: "2027-03-20T00:00:00.000Z" }, later)).toBe("onTrack");
    expect(categorise({ status: "planned", deadline: null, lastUpdateAt: null }, { ...later, stalledWeeks: 5 })).toBe("onTrack");
  });
});

describe("followUpInputSchema", () => {
  it("refuses impossible dates, progress outside 0–100 and unknown fields", () => {
    expect(followUpInputSchema.safeParse({ status: "started", progress: 50, deadline: "2027-02-30" }).success).toBe(false);
    expect(followUpInputSchema.safeParse({ status: "started", progress: 101, deadline: null }).success).toBe(false);
    expect(followUpInputSchema.safeParse({ status: "started", progress: 5.5, deadline: null }).success).toBe(false);
    expect(followUpInputSchema.safeParse({ status: "started", progress: 5, deadline: null, owner: "x" }).success).toBe(false);
    expect(followUpInputSchema.parse({ status: "done", progress: 100, deadline: null, comment: "  ferdig " }).comment).toBe("ferdig");
  });
  it("knows day arithmetic across a leap day", () => {
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
  });
});
