// Reading an action chain from data nobody vouches for: a board document written by an old
// client, a buggy client, or someone poking the websocket by hand. The report builder must
// still produce a report, so this never throws: it returns the best reading of the chain
// plus a list of problems with stable codes (translated in the UI and the report).
import { ACTION_STATUSES, checkDates, checkDependencies, repairDependencies, type Action, type ActionStatus } from "./actionChains";

export type ChainProblemCode =
  | "notAChain"
  | "notAnAction"
  | "missingId"
  | "duplicateId"
  | "missingWhat"
  | "missingResponsible"
  | "missingResponsibleOrganisation"
  | "missingGoal"
  | "invalidStatus"
  | "invalidStartDate"
  | "invalidDeadline"
  | "deadlineBeforeStart"
  | "invalidDependsOn"
  | "dependsOnSelf"
  | "dependsOnLater"
  | "dependsOnUnknown"
  | "duplicateDependency";

/** Warnings are gaps a person should fill; errors are values that had to be discarded or corrected. */
const WARNINGS: ReadonlySet<ChainProblemCode> = new Set([
  "missingResponsible",
  "missingResponsibleOrganisation",
  "missingGoal",
  "missingWhat",
]);

export type ChainProblem = {
  code: ChainProblemCode;
  severity: "error" | "warning";
  /** Position in the input list, or null for the chain as a whole. */
  index: number | null;
  actionId: string | null;
};

export type CheckedChain = {
  /** null when the input was a bare list of actions (no goal to speak of). */
  goal: string | null;
  /** Usable actions: bad dates cleared, unknown statuses read as planned, bad links dropped. */
  actions: Action[];
  problems: ChainProblem[];
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === "string" ? v.trim() : "");

/** Accepts a list of actions or an object { goal, actions }. */
export function checkChain(input: unknown): CheckedChain {
  const problems: ChainProblem[] = [];
  const report = (code: ChainProblemCode, index: number | null, actionId: string | null) =>
    problems.push({ code, severity: WARNINGS.has(code) ? "warning" : "error", index, actionId });

  let goal: string | null = null;
  let list: unknown[];
  if (Array.isArray(input)) list = input;
  else if (isRecord(input) && Array.isArray(input.actions)) {
    list = input.actions;
    goal = text(input.goal);
    if (goal === "") report("missingGoal", null, null);
  } else {
    report("notAChain", null, null);
    return { goal, actions: [], problems };
  }

  const actions: Action[] = [];
  const indexOf: number[] = [];
  const ids = new Set<string>();
  list.forEach((raw, index) => {
    if (!isRecord(raw)) {
      report("notAnAction", index, null);
      return;
    }
    let id = text(raw.id);
    if (id === "") {
      report("missingId", index, null);
      id = `#${index}`;
    } else if (ids.has(id)) {
      report("duplicateId", index, id);
      id = `${id}#${index}`;
    }
    ids.add(id);
    const action = readAction(raw, id, (code) => report(code, index, id));
    actions.push(action);
    indexOf.push(index);
  });

  const positionOf = new Map(actions.map((a, i) => [a.id, indexOf[i]]));
  for (const p of checkDependencies(actions)) report(p.code, positionOf.get(p.actionId) ?? null, p.actionId);
  return { goal, actions: repairDependencies(actions), problems };
}

function readAction(raw: Record<string, unknown>, id: string, report: (code: ChainProblemCode) => void): Action {
  const what = text(raw.what);
  if (what === "") report("missingWhat");
  const responsible = text(raw.responsible);
  if (responsible === "") report("missingResponsible");
  const responsibleOrganisation = text(raw.responsibleOrganisation);
  if (responsibleOrganisation === "") report("missingResponsibleOrganisation");

  let status: ActionStatus = "planned";
  // A missing status is an action nobody has touched yet: planned, nothing to report.
  if ((ACTION_STATUSES as readonly unknown[]).includes(raw.status)) status = raw.status as ActionStatus;
  else if (raw.status !== undefined && raw.status !== null) report("invalidStatus");

  // A non-string "date" (a number, an array) is as invalid as a malformed string; "\u0000"
  // stands in for it because it can never parse as a date.
  const asDate = (v: unknown) =>
    v === undefined || v === null ? null : typeof v === "string" ? v.trim() || null : "\u0000";
  const rawStart = asDate(raw.start);
  const rawDeadline = asDate(raw.deadline);
  const dateProblems = checkDates({ start: rawStart, deadline: rawDeadline });
  dateProblems.forEach(report);
  const start = dateProblems.includes("invalidStartDate") ? null : rawStart;
  const deadline = dateProblems.includes("invalidDeadline") ? null : rawDeadline;

  let dependsOn: string[] = [];
  if (Array.isArray(raw.dependsOn)) {
    dependsOn = raw.dependsOn.filter((d): d is string => typeof d === "string" && d.trim() !== "").map((d) => d.trim());
    if (dependsOn.length !== raw.dependsOn.length) report("invalidDependsOn");
  } else if (raw.dependsOn !== undefined && raw.dependsOn !== null) {
    report("invalidDependsOn");
  }

  return { id, what, responsible, responsibleOrganisation, start, deadline, status, dependsOn };
}
