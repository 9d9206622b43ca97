import { describe, expect, it } from "vitest";
import type { RoundState } from "./settings";
import { dotsSpent, validateVote, type Dots } from "./validateVote";

const round: RoundState = { budget: 5, maxPerItem: 2, closesAt: null, status: "open" };
const items = new Set(["a", "b", "c"]);

describe("validateVote", () => {
  it("casts a dot and reports what is left", () => {
    expect(validateVote(round, {}, { kind: "cast", itemId: "a" }, 0, items)).toEqual({
      ok: true, dots: { a: 1 }, spent: 1, left: 4,
    });
  });

  it("refuses a dot over the per-item cap", () => {
    expect(validateVote(round, { a: 2 }, { kind: "cast", itemId: "a" }, 0)).toEqual({ ok: false, reason: "itemCapReached" });
    expect(validateVote(round, { a: 2 }, { kind: "cast", itemId: "b" }, 0).ok).toBe(true);
  });

  it("refuses a dot over the budget, before the item cap", () => {
    const full: Dots = { a: 2, b: 2, c: 1 };
    expect(validateVote(round, full, { kind: "cast", itemId: "c" }, 0)).toEqual({ ok: false, reason: "budgetSpent" });
    expect(validateVote(round, full, { kind: "cast", itemId: "a" }, 0)).toEqual({ ok: false, reason: "budgetSpent" });
  });

  it("retracts a dot and drops items that reach zero", () => {
    expect(validateVote(round, { a: 2, b: 1 }, { kind: "retract", itemId: "b" }, 0)).toEqual({
      ok: true, dots: { a: 2 }, spent: 2, left: 3,
    });
    expect(validateVote(round, { a: 2 }, { kind: "retract", itemId: "a" }, 0)).toMatchObject({ ok: true, dots: { a: 1 } });
  });

  it("refuses to retract a dot that is not there", () => {
    expect(validateVote(round, { a: 1 }, { kind: "retract", itemId: "b" }, 0)).toEqual({ ok: false, reason: "noDotsToRemove" });
  });

  it("refuses anything once the round is closed or past its time, even a retraction", () => {
    expect(validateVote({ ...round, status: "closed" }, {}, { kind: "cast", itemId: "a" }, 0)).toEqual({ ok: false, reason: "roundClosed" });
    expect(validateVote({ ...round, status: "revealed" }, { a: 1 }, { kind: "retract", itemId: "a" }, 0)).toEqual({ ok: false, reason: "roundClosed" });
    expect(validateVote({ ...round, closesAt: 100 }, {}, { kind: "cast", itemId: "a" }, 100)).toEqual({ ok: false, reason: "roundClosed" });
  });

  it("refuses items that are not on the ballot", () => {
    expect(validateVote(round, {}, { kind: "cast", itemId: "zzz" }, 0, items)).toEqual({ ok: false, reason: "unknownItem" });
  });

  it("never lets a sequence of accepted votes exceed budget or cap", () => {
    let dots: Dots = {};
    const order = ["a", "a", "a", "b", "b", "b", "c", "c", "c"];
    const reasons: string[] = [];
    for (const itemId of order) {
      const r = validateVote(round, dots, { kind: "cast", itemId }, 0, items);
      if (r.ok) dots = r.dots;
      else reasons.push(r.reason);
    }
    expect(dots).toEqual({ a: 2, b: 2, c: 1 });
    expect(dotsSpent(dots)).toBe(5);
    expect(reasons).toEqual(["itemCapReached", "itemCapReached", "budgetSpent", "budgetSpent"]);
  });

  it("does not change the caller's dots", () => {
    const current = { a: 1 };
    validateVote(round, current, { kind: "cast", itemId: "a" }, 0);
    expect(current).toEqual({ a: 1 });
  });
});

describe("validateVote: points (set an exact amount)", () => {
  const round = { status: "open" as const, budget: 100, maxPerItem: 100, closesAt: null };
  it("accepts any split up to the budget, including 0", () => {
    expect(validateVote(round, { a: 60 }, { kind: "set", itemId: "b", amount: 40 }, 0)).toMatchObject({ ok: true, spent: 100, left: 0, dots: { a: 60, b: 40 } });
    expect(validateVote(round, { a: 60 }, { kind: "set", itemId: "a", amount: 0 }, 0)).toMatchObject({ ok: true, spent: 0, dots: {} });
    expect(validateVote(round, { a: 60 }, { kind: "set", itemId: "a", amount: 100 }, 0)).toMatchObject({ ok: true, spent: 100 });
  });
  it("refuses a total above the budget, negative and non-integer amounts", () => {
    expect(validateVote(round, { a: 60 }, { kind: "set", itemId: "b", amount: 41 }, 0)).toEqual({ ok: false, reason: "budgetExceeded" });
    expect(validateVote(round, {}, { kind: "set", itemId: "b", amount: -1 }, 0)).toEqual({ ok: false, reason: "invalidAmount" });
    expect(validateVote(round, {}, { kind: "set", itemId: "b", amount: 2.5 }, 0)).toEqual({ ok: false, reason: "invalidAmount" });
    expect(validateVote(round, {}, { kind: "set", itemId: "b", amount: 101 }, 0)).toEqual({ ok: false, reason: "itemCapReached" });
    expect(validateVote({ ...round, status: "closed" }, {}, { kind: "set", itemId: "b", amount: 1 }, 0)).toEqual({ ok: false, reason: "roundClosed" });
  });
});
