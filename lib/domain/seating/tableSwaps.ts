// Local improvement of a table assignment by swapping two people between tables. Swaps keep
// every table's size, so the balance the first pass built is never lost; the caller's cost
// says what "better" means (spread out for mixed tables, kept together for homogeneous ones).
import { organisationKey, sectorKey, type Seat } from "./seat";

export type Counts = Map<string, number>;

/**
 * Change in one dimension's cost when key k1 moves from table A to B and k2 from B to A
 * (k1 !== k2). `a` and `b` are the counts before the swap.
 */
export type SwapDelta = (a: Counts, b: Counts, k1: string, k2: string) => number;

const get = (counts: Counts, key: string) => counts.get(key) ?? 0;

/** Sum of squared counts: lower when a key is spread evenly over the tables. */
export const squaredDelta: SwapDelta = (a, b, k1, k2) =>
  2 * (get(a, k2) - get(a, k1) + get(b, k1) - get(b, k2)) + 4;

/** Number of tables a key appears at: lower when a key is kept together. */
export const spanDelta: SwapDelta = (a, b, k1, k2) =>
  (get(a, k1) === 1 ? -1 : 0) + (get(b, k1) === 0 ? 1 : 0) + (get(b, k2) === 1 ? -1 : 0) + (get(a, k2) === 0 ? 1 : 0);

function countBy<P extends Seat>(table: readonly P[], key: (s: Seat) => string): Counts {
  const counts: Counts = new Map();
  for (const seat of table) counts.set(key(seat), get(counts, key(seat)) + 1);
  return counts;
}

function bump(counts: Counts, key: string, by: number) {
  counts.set(key, get(counts, key) + by);
}

/**
 * Swaps while a swap lowers `orgWeight * organisation cost + sector cost`. The weight makes
 * organisations decide first; sectors only break ties between equally good organisation
 * layouts. Changes `tables` in place. Bounded passes: each pass is O(n²).
 */
export function improveBySwaps<P extends Seat>(
  tables: P[][],
  delta: SwapDelta,
  orgWeight: number,
  maxPasses = 25,
): void {
  const org = tables.map((t) => countBy(t, organisationKey));
  const sec = tables.map((t) => countBy(t, sectorKey));
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    for (let a = 0; a < tables.length; a++) {
      for (let b = a + 1; b < tables.length; b++) {
        for (let i = 0; i < tables[a].length; i++) {
          for (let j = 0; j < tables[b].length; j++) {
            const p = tables[a][i];
            const q = tables[b][j];
            const o1 = organisationKey(p), o2 = organisationKey(q);
            const s1 = sectorKey(p), s2 = sectorKey(q);
            const orgChange = o1 === o2 ? 0 : delta(org[a], org[b], o1, o2);
            const secChange = s1 === s2 ? 0 : delta(sec[a], sec[b], s1, s2);
            if (orgWeight * orgChange + secChange >= 0) continue;
            tables[a][i] = q;
            tables[b][j] = p;
            bump(org[a], o1, -1); bump(org[a], o2, 1); bump(org[b], o2, -1); bump(org[b], o1, 1);
            bump(sec[a], s1, -1); bump(sec[a], s2, 1); bump(sec[b], s2, -1); bump(sec[b], s1, 1);
            improved = true;
          }
        }
      }
    }
    if (!improved) return;
  }
}
