// What the chain views need from a board snapshot, computed the same way for the editor, the
// facilitator overview, the projector and the print page. The snapshot is already type-safe
// (readBoard); checkChain adds the chain rules on top: dates that are not real or out of order,
// links that do not point backwards, gaps a person should fill.
import type { ActionChainSnapshot, ActionSnapshot, BoardProblem, BoardSnapshot, FocusAreaSnapshot, NoteSnapshot } from "@/lib/board";
import { checkDates, firstStep, type DateProblem } from "@/lib/domain/chains/actionChains";
import { checkChain, type ChainProblem } from "@/lib/domain/chains/checkChain";

export interface ChainView {
  chain: ActionChainSnapshot;
  area: FocusAreaSnapshot | null;
  /** Notes in the focus area that motivated the chain. */
  notes: NoteSnapshot[];
  /** Actions safe to show as final text: impossible dates cleared, links that are not backwards dropped. */
  actions: ActionSnapshot[];
  first: ActionSnapshot | null;
  /** Problems with the chain as a whole (e.g. no goal). */
  chainProblems: ChainProblem[];
  problemsByAction: Map<string, ChainProblem[]>;
  /** Values in the document that were not valid at all and were read as a default. */
  dataProblems: BoardProblem[];
}

export function viewChain(chain: ActionChainSnapshot, board: Pick<BoardSnapshot, "focusAreas" | "notes" | "problems">): ChainView {
  const checked = checkChain({ goal: chain.goal, actions: chain.actions });
  const byId = new Map(checked.actions.map((a) => [a.id, a]));
  const actions = chain.actions.map((raw) => {
    const fixed = byId.get(raw.id);
    return fixed ? { ...raw, start: fixed.start ?? null, deadline: fixed.deadline ?? null, dependsOn: fixed.dependsOn } : raw;
  });
  const problemsByAction = new Map<string, ChainProblem[]>();
  const chainProblems: ChainProblem[] = [];
  for (const problem of checked.problems) {
    if (problem.actionId === null) chainProblems.push(problem);
    else problemsByAction.set(problem.actionId, [...(problemsByAction.get(problem.actionId) ?? []), problem]);
  }
  const area = board.focusAreas.find((a) => a.id === chain.focusAreaId) ?? null;
  const noteIds = new Set(area?.noteIds ?? []);
  return {
    chain,
    area,
    notes: board.notes.filter((n) => noteIds.has(n.id)),
    actions,
    first: firstStep(actions),
    chainProblems,
    problemsByAction,
    dataProblems: board.problems.filter((p) => p.path === `chains.${chain.id}` || p.path.startsWith(`chains.${chain.id}.`)),
  };
}

/** Focus areas in the order a table should consider them: ranked ones first (1, 2, …), then the rest. */
export function areasByPriority(areas: readonly FocusAreaSnapshot[]): FocusAreaSnapshot[] {
  return [...areas].sort((a, b) => {
    if (a.rank !== null && b.rank !== null) return a.rank - b.rank;
    if (a.rank !== null) return -1;
    if (b.rank !== null) return 1;
    return a.order - b.order;
  });
}

/** Chains in the order of their focus areas' priority, chains without an area last. */
export function chainsByPriority(board: Pick<BoardSnapshot, "chains" | "focusAreas">): ActionChainSnapshot[] {
  const rankOf = new Map(areasByPriority(board.focusAreas).map((a, i) => [a.id, i]));
  const order = (c: ActionChainSnapshot) => (c.focusAreaId !== null ? (rankOf.get(c.focusAreaId) ?? Infinity) : Infinity);
  return [...board.chains].sort((a, b) => order(a) - order(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The problem to show while someone edits a date, before anything is written: a date input
 * only yields real dates or "", so the order is what can be wrong.
 */
export function dateEditProblem(start: string | null, deadline: string | null): DateProblem | null {
  return checkDates({ start, deadline })[0] ?? null;
}

/** Where Alt+Arrow moves an action, or null when the key is not a move (or would go nowhere). */
export function keyboardTarget(key: string, index: number, length: number): number | null {
  const target = key === "ArrowUp" ? index - 1 : key === "ArrowDown" ? index + 1 : key === "Home" ? 0 : key === "End" ? length - 1 : null;
  if (target === null || target < 0 || target >= length || target === index) return null;
  return target;
}

/** Partners typed as "A, B; C" become a clean list without duplicates (case-insensitive). */
export function parsePartners(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const name = part.trim().replace(/\s+/g, " ");
    if (name && !seen.has(name.toLocaleLowerCase("nb"))) {
      seen.add(name.toLocaleLowerCase("nb"));
      out.push(name);
    }
  }
  return out;
}

/** A stored yyyy-mm-dd date as people read it ("12. mars 2026" / "12 Mar 2026"), without time-zone shifts. */
export function formatIsoDate(iso: string, intlLocale: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(date);
}
