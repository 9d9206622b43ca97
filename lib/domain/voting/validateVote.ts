// Whether one dot may be added to or taken from an item, given what the participant already
// has. The database write enforces the same budget and cap atomically (conditional update);
// this rule gives the reason code for the refusal and lets the UI disable buttons ahead.
import { isAcceptingVotes, type RoundState } from "./settings";

/** cast/retract: one dot more or less. set: a points round's exact amount on one item. */
export type VoteAction = { kind: "cast" | "retract"; itemId: string } | { kind: "set"; itemId: string; amount: number };

export type VoteRefusal = "roundClosed" | "unknownItem" | "budgetSpent" | "itemCapReached" | "noDotsToRemove" | "invalidAmount" | "budgetExceeded";

/** A participant's dots per item id in one round. */
export type Dots = Readonly<Record<string, number>>;

export type VoteCheck = { ok: true; dots: Dots; spent: number; left: number } | { ok: false; reason: VoteRefusal };

export function dotsSpent(dots: Dots): number {
  let total = 0;
  for (const n of Object.values(dots)) total += n;
  return total;
}

/**
 * Checks in the order a person would understand the refusal: a closed round first, then a
 * wrong item, then the budget before the per-item cap (with no dots left, "you have used all
 * your dots" is the useful message even if this item is also full).
 */
export function validateVote(
  round: RoundState,
  current: Dots,
  action: VoteAction,
  now: number,
  itemIds?: ReadonlySet<string>,
): VoteCheck {
  if (!isAcceptingVotes(round, now)) return { ok: false, reason: "roundClosed" };
  if (itemIds && !itemIds.has(action.itemId)) return { ok: false, reason: "unknownItem" };
  const onItem = current[action.itemId] ?? 0;
  const spent = dotsSpent(current);
  if (action.kind === "set") {
    // Whole, non-negative points only; the rest of the ballot plus this amount within the budget.
    if (!Number.isSafeInteger(action.amount) || action.amount < 0) return { ok: false, reason: "invalidAmount" };
    if (action.amount > round.maxPerItem) return { ok: false, reason: "itemCapReached" };
    if (spent - onItem + action.amount > round.budget) return { ok: false, reason: "budgetExceeded" };
    return accepted(current, action.itemId, action.amount, spent - onItem + action.amount, round.budget);
  }
  if (action.kind === "cast") {
    if (spent >= round.budget) return { ok: false, reason: "budgetSpent" };
    if (onItem >= round.maxPerItem) return { ok: false, reason: "itemCapReached" };
    return accepted(current, action.itemId, onItem + 1, spent + 1, round.budget);
  }
  if (onItem <= 0) return { ok: false, reason: "noDotsToRemove" };
  return accepted(current, action.itemId, onItem - 1, spent - 1, round.budget);
}

function accepted(current: Dots, itemId: string, onItem: number, spent: number, budget: number): VoteCheck {
  const dots: Record<string, number> = { ...current, [itemId]: onItem };
  if (onItem === 0) delete dots[itemId];
  return { ok: true, dots, spent, left: budget - spent };
}
