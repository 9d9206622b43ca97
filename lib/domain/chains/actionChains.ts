// The rules of an action chain (tiltakskjede): an ordered list of actions where each may
// depend only on actions before it, so the chain reads as "first this, which enables that".
// Functions are generic over the action type so fields they do not know (partners,
// resources, indicator) pass through unchanged.
import { z } from "zod";
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

const isoDateSchema = z.string().refine(isIsoDate, { message: "invalidDate" });

/**
 * For edits from the UI. What is required to save is deliberately little (an id); empty
 * fields are flagged as problems by checkChain instead, so a half-typed action is never lost.
 */
export const actionSchema = z
  .object({
    id: z.string().min(1).max(100),
    what: z.string().max(2000),
    responsible: z.string().max(200),
    responsibleOrganisation: z.string().max(200),
    start: isoDateSchema.nullish(),
    deadline: isoDateSchema.nullish(),
    status: z.enum(ACTION_STATUSES),
    dependsOn: z.array(z.string().min(1).max(100)).max(100),
  })
  .refine((a) => !a.start || !a.deadline || compareIsoDates(a.start, a.deadline) <= 0, {
    message: "deadlineBeforeStart",
    path: ["deadline"],
  });

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
 * Moves one action to `toIndex` (clamped to the chain) and drops links that would now point
 * forwards: after a move, "B depends on A" with B before A no longer reads as a chain.
 * An unknown id leaves the chain unchanged.
 */
export function moveAction<A extends Pick<Action, "id" | "dependsOn">>(chain: readonly A[], id: string, toIndex: number): A[] {
  const from = chain.findIndex((a) => a.id === id);
  if (from === -1) return [...chain];
  const to = Math.max(0, Math.min(chain.length - 1, Math.trunc(toIndex)));
  const next = [...chain];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return repairDependencies(next);
}

export function moveActionUp<A extends Pick<Action, "id" | "dependsOn">>(chain: readonly A[], id: string): A[] {
  const from = chain.findIndex((a) => a.id === id);
  return from <= 0 ? [...chain] : moveAction(chain, id, from - 1);
}

export function moveActionDown<A extends Pick<Action, "id" | "dependsOn">>(chain: readonly A[], id: string): A[] {
  const from = chain.findIndex((a) => a.id === id);
  return from === -1 || from === chain.length - 1 ? [...chain] : moveAction(chain, id, from + 1);
}

/**
 * The step to highlight ("what happens first, and by whom"): the first action in chain
 * order that is not done yet and says what to do. A blank row just added at the top is not
 * a step. Null when nothing is left.
 */
export function firstStep<A extends Pick<Action, "what" | "status">>(chain: readonly A[]): A | null {
  return chain.find((a) => a.status !== "done" && a.what.trim() !== "") ?? null;
}
