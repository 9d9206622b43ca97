import { describe, expect, it } from "vitest";
import {
  actionSchema,
  checkDates,
  checkDependencies,
  firstStep,
  moveAction,
  moveActionDown,
  moveActionUp,
  repairDependencies,
  type Action,
} from "./actionChains";

function action(id: string, dependsOn: string[] = [], extra: Partial<Action> = {}): Action & { partners: string[] } {
  return {
    id, what: `Tiltak ${id}`, responsible: "Kari", responsibleOrganisation: "Bergen kommune",
    start: null, deadline: null, status: "planned", dependsOn, partners: ["Helse Vest"], ...extra,
  };
}

// a ← b ← c, and d depends on a and c.
const chain = [action("a"), action("b", ["a"]), action("c", ["b"]), action("d", ["a", "c"])];
const order = (c: readonly { id: string }[]) => c.map((a) => a.id);

describe("moving actions", () => {
  it("moves to an index and clamps out-of-range targets", () => {
    expect(order(moveAction(chain, "d", 1))).toEqual(["a", "d", "b", "c"]);
    expect(order(moveAction(chain, "a", 99))).toEqual(["b", "c", "d", "a"]);
    expect(order(moveAction(chain, "c", -3))).toEqual(["c", "a", "b", "d"]);
  });

  it("drops links that would point forwards after the move, and keeps the rest", () => {
    const moved = moveAction(chain, "d", 1);
    expect(moved.find((a) => a.id === "d")?.dependsOn).toEqual(["a"]);
    expect(moved.find((a) => a.id === "c")?.dependsOn).toEqual(["b"]);
    expect(checkDependencies(moved)).toEqual([]);
    const upFront = moveAction(chain, "a", 3);
    expect(upFront.find((a) => a.id === "b")?.dependsOn).toEqual([]);
    expect(upFront.find((a) => a.id === "d")?.dependsOn).toEqual(["c"]);
  });

  it("moves up and down one step, and does nothing at the ends or for unknown ids", () => {
    expect(order(moveActionUp(chain, "c"))).toEqual(["a", "c", "b", "d"]);
    expect(order(moveActionDown(chain, "a"))).toEqual(["b", "a", "c", "d"]);
    expect(order(moveActionUp(chain, "a"))).toEqual(["a", "b", "c", "d"]);
    expect(order(moveActionDown(chain, "d"))).toEqual(["a", "b", "c", "d"]);
    expect(order(moveAction(chain, "zzz", 0))).toEqual(["a", "b", "c", "d"]);
  });

  it("keeps fields it does not know and never changes the input", () => {
    const before = structuredClone(chain);
    const moved = moveAction(chain, "d", 0);
    expect(moved[0].partners).toEqual(["Helse Vest"]);
    expect(chain).toEqual(before);
  });
});

describe("dependencies", () => {
  it("finds self, forward, unknown and duplicate links", () => {
    const bad = [action("a", ["a"]), action("b", ["c", "x"]), action("c", ["a", "a"])];
    expect(checkDependencies(bad)).toEqual([
      { code: "dependsOnSelf", actionId: "a", target: "a" },
      { code: "dependsOnLater", actionId: "b", target: "c" },
      { code: "dependsOnUnknown", actionId: "b", target: "x" },
      { code: "duplicateDependency", actionId: "c", target: "a" },
    ]);
    expect(checkDependencies(chain)).toEqual([]);
  });

  it("repairs to backward links only, returning untouched actions as they were", () => {
    const bad = [action("a", ["a"]), action("b", ["c", "a", "a"]), action("c", ["b"])];
    const repaired = repairDependencies(bad);
    expect(repaired.map((a) => a.dependsOn)).toEqual([[], ["a"], ["b"]]);
    expect(repaired[2]).toBe(bad[2]);
  });
});

describe("checkDates", () => {
  it("allows empty dates and ordered real dates", () => {
    expect(checkDates({})).toEqual([]);
    expect(checkDates({ start: "2026-03-01", deadline: null })).toEqual([]);
    expect(checkDates({ start: "2026-03-01", deadline: "2026-03-01" })).toEqual([]);
    expect(checkDates({ start: "2028-02-29", deadline: "2028-06-30" })).toEqual([]);
  });

  it("flags impossible dates and a deadline before the start", () => {
    expect(checkDates({ start: "2027-02-29" })).toEqual(["invalidStartDate"]);
    expect(checkDates({ deadline: "31.12.2026" })).toEqual(["invalidDeadline"]);
    expect(checkDates({ start: "2026-06-01", deadline: "2026-05-31" })).toEqual(["deadlineBeforeStart"]);
  });
});

describe("firstStep", () => {
  it("is the first action not yet done that says what to do", () => {
    const c = [
      action("blank", [], { what: "  " }),
      action("a", [], { status: "done" }),
      action("b", [], { status: "started" }),
      action("c"),
    ];
    expect(firstStep(c)?.id).toBe("b");
    expect(firstStep(chain)?.id).toBe("a");
    expect(firstStep([action("a", [], { status: "done" })])).toBeNull();
    expect(firstStep([])).toBeNull();
  });
});

describe("actionSchema", () => {
  it("accepts a valid action and half-filled ones", () => {
    expect(actionSchema.safeParse(action("a")).success).toBe(true);
    expect(actionSchema.safeParse({ ...action("a"), what: "", responsible: "" }).success).toBe(true);
  });

  it("rejects unreal dates, reversed dates and unknown statuses", () => {
    expect(actionSchema.safeParse({ ...action("a"), start: "2026-02-30" }).success).toBe(false);
    const reversed = actionSchema.safeParse({ ...action("a"), start: "2026-05-02", deadline: "2026-05-01" });
    expect(reversed.success).toBe(false);
    expect(reversed.error?.issues[0].message).toBe("deadlineBeforeStart");
    expect(actionSchema.safeParse({ ...action("a"), status: "cancelled" }).success).toBe(false);
    expect(actionSchema.safeParse({ ...action("a"), id: "" }).success).toBe(false);
  });
});
