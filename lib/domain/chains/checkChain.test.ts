import { describe, expect, it } from "vitest";
import { checkChain } from "./checkChain";

const good = {
  id: "a", what: "Kartlegge tilbud", responsible: "Kari", responsibleOrganisation: "Bergen kommune",
  start: "2026-01-05", deadline: "2026-03-01", status: "started", dependsOn: [],
};

const codes = (input: unknown) => checkChain(input).problems.map((p) => p.code);

describe("checkChain", () => {
  it("finds nothing wrong with a good chain and returns it as read", () => {
    const second = { ...good, id: "b", status: "planned", dependsOn: ["a"] };
    const result = checkChain({ goal: "Flere i arbeid", actions: [good, second] });
    expect(result.problems).toEqual([]);
    expect(result.goal).toBe("Flere i arbeid");
    expect(result.actions).toEqual([good, second]);
  });

  it("accepts a bare list of actions", () => {
    expect(checkChain([good])).toMatchObject({ goal: null, problems: [], actions: [good] });
  });

  it("never throws on garbage", () => {
    for (const input of [null, undefined, 42, "chain", {}, { actions: "x" }, [null, 1, "a", []], { actions: [{ id: {} }] }]) {
      expect(() => checkChain(input)).not.toThrow();
    }
    expect(codes(null)).toEqual(["notAChain"]);
    expect(codes([null, 1])).toEqual(["notAnAction", "notAnAction"]);
    expect(checkChain([null, good]).problems[0]).toMatchObject({ index: 0, severity: "error" });
  });

  it("flags missing fields kindly as warnings", () => {
    const result = checkChain({ goal: " ", actions: [{ id: "a" }] });
    expect(result.problems.map((p) => [p.code, p.severity])).toEqual([
      ["missingGoal", "warning"],
      ["missingWhat", "warning"],
      ["missingResponsible", "warning"],
      ["missingResponsibleOrganisation", "warning"],
    ]);
    expect(result.actions[0]).toEqual({
      id: "a", what: "", responsible: "", responsibleOrganisation: "", start: null, deadline: null, status: "planned", dependsOn: [],
    });
  });

  it("clears bad dates and reads unknown statuses as planned", () => {
    const result = checkChain([
      { ...good, start: "2027-02-29", deadline: 20270301, status: "cancelled" },
      { ...good, id: "b", start: "2026-05-02", deadline: "2026-05-01" },
      { ...good, id: "c", start: ["2026-01-01"], deadline: "  " },
    ]);
    expect(result.problems.map((p) => [p.code, p.actionId])).toEqual([
      ["invalidStatus", "a"],
      ["invalidStartDate", "a"],
      ["invalidDeadline", "a"],
      ["deadlineBeforeStart", "b"],
      ["invalidStartDate", "c"],
    ]);
    expect(result.actions[0]).toMatchObject({ start: null, deadline: null, status: "planned" });
    expect(result.actions[1]).toMatchObject({ start: "2026-05-02", deadline: "2026-05-01" });
    expect(result.actions[2]).toMatchObject({ start: null, deadline: null });
  });

  it("repairs identities: missing and duplicate ids get positional ones", () => {
    const result = checkChain([{ ...good, id: "" }, good, { ...good }]);
    expect(result.actions.map((a) => a.id)).toEqual(["#0", "a", "a#2"]);
    expect(result.problems.map((p) => [p.code, p.index])).toEqual([["missingId", 0], ["duplicateId", 2]]);
  });

  it("reports and drops links that are not backwards", () => {
    const result = checkChain([
      { ...good, dependsOn: ["b", "a", 7] },
      { ...good, id: "b", dependsOn: ["a", "ghost", "a"] },
      { ...good, id: "c", dependsOn: "a" },
    ]);
    expect(result.problems.map((p) => [p.code, p.actionId, p.index])).toEqual([
      ["invalidDependsOn", "a", 0],
      ["invalidDependsOn", "c", 2],
      ["dependsOnLater", "a", 0],
      ["dependsOnSelf", "a", 0],
      ["dependsOnUnknown", "b", 1],
      ["duplicateDependency", "b", 1],
    ]);
    expect(result.actions.map((a) => a.dependsOn)).toEqual([[], ["a"], []]);
  });
});
