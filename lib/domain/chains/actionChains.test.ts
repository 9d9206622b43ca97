import { describe, expect, it } from "vitest";
import {
  checkDates,
  checkDependencies,
  firstStep,
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
