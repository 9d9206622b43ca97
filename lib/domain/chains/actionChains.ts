// The rules of an action chain (tiltakskjede): an ordered list of actions where each may
// depend only on actions before it, so the chain reads as "first this, which enables that".
// Functions are generic over the action type so fields they do not know (partners,
// resources, indicator) pass through unchanged.
import { compareIsoDates, isIsoDate } from "./isoDate";

export const ACTION_STATUSES = ["planned", "started", "done"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export type Action = {
  id: string;
  what: string;
  responsible: string;
  responsibleOrganisation: string;
  start?: string | null;
  deadline?: string | null;
  status: ActionStatus;
  /** Ids of earlier actions in the same chain that must happen first. */
  dependsOn: string[];
};

export type DateProblem = "invalidStartDate" | "invalidDeadline" | "deadlineBeforeStart";

/** Empty dates are allowed (not decided yet); set dates must be real and in order. */
export function checkDates(action: Pick<Action, "start" | "deadline">): DateProblem[] {
  const problems: DateProblem[] = [];
  const hasStart = action.start !== undefined && action.start !== null && action.start !== "";
  const hasDeadline = action.deadline !== undefined && action.deadline !== null && action.deadline !== "";
  const startOk = hasStart && isIsoDate(action.start);
  const deadlineOk = hasDeadline && isIsoDate(action.deadline);
  if (hasStart && !startOk) problems.push("invalidStartDate");
  if (hasDeadline && !deadlineOk) problems.push("invalidDeadline");
  if (startOk && deadlineOk && compareIsoDates(action.start as string, action.deadline as string) > 0) {
    problems.push("deadlineBeforeStart");
  }
  return problems;
}

export type DependencyProblem = {
  code: "dependsOnSelf" | "dependsOnLater" | "dependsOnUnknown" | "duplicateDependency";
  actionId: string;
  target: string;
};

/** Every link that does not point to a distinct earlier action in the chain. */
export function checkDependencies(chain: readonly Pick<Action, "id" | "dependsOn">[]): DependencyProblem[] {
  const position = new Map(chain.map((a, i) => [a.id, i]));
  const problems: DependencyProblem[] = [];
  chain.forEach((action, index) => {
    const seen = new Set<string>();
    for (const target of action.dependsOn) {
      const at = position.get(target);
      const code =
        target === action.id ? "dependsOnSelf"
        : at === undefined ? "dependsOnUnknown"
        : at > index ? "dependsOnLater"
        : seen.has(target) ? "duplicateDependency"
        : null;
      if (code) problems.push({ code, actionId: action.id, target });
      seen.add(target);
    }
  });
  return problems;
}

/** Keeps only links to distinct earlier actions; actions whose links were fine are returned as they were. */
export function repairDependencies<A extends Pick<Action, "id" | "dependsOn">>(chain: readonly A[]): A[] {
  const earlier = new Set<string>();
  return chain.map((action) => {
    const kept = [...new Set(action.dependsOn)].filter((id) => earlier.has(id));
    earlier.add(action.id);
    return kept.length === action.dependsOn.length ? action : { ...action, dependsOn: kept };
  });
}

/**
 * The step to highlight ("what happens first, and by whom"): the first action in chain
 * order that is not done yet and says what to do. A blank row just added at the top is not
 * a step. Null when nothing is left.
 */
export function firstStep<A extends Pick<Action, "what" | "status">>(chain: readonly A[]): A | null {
  return chain.find((a) => a.status !== "done" && a.what.trim() !== "") ?? null;
}
