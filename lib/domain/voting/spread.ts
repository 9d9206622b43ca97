// How much the organisations disagree about each item: for each organisation row, the share
// of its own points (or dots) it gave the item; the lowest and highest of those shares. Points
// rounds weigh budget needs, and "Frosta gives it 60 %, the hospital 5 %" is the finding. Built
// only from breakdown rows (already pooled and suppressed), so it shows nothing they hide.
import type { BreakdownRow } from "./breakdown";

export interface Spread {
  itemId: string;
  min: number | null;
  max: number | null;
}

export function spreadByOrganisation(itemIds: readonly string[], rows: readonly BreakdownRow[]): Spread[] {
  const counted = rows.filter((r) => r.kind !== "suppressed" && r.total > 0);
  return itemIds.map((itemId) => {
    if (counted.length < 2) return { itemId, min: null, max: null };
    const shares = counted.map((r) => (r.perItem[itemId] ?? 0) / r.total);
    return { itemId, min: Math.min(...shares), max: Math.max(...shares) };
  });
}
