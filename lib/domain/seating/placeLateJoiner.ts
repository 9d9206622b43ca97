// Someone arrives after the tables were made. They join the table that keeps the seating's
// intent (spread out for mixed, together for homogeneous) without unbalancing sizes.
import { pickSmallest } from "./lexicographic";
import { organisationKey, sectorKey, type Seat } from "./seat";
import type { AssignmentMode } from "./tableAssignment";

export type LateJoinerOptions = {
  /**
   * Largest allowed difference between the joiner's new table and the smallest table.
   * Defaults: 1 for mixed (sizes stay within one), 2 for homogeneous (a person may join
   * their colleagues even at a table that is already one larger).
   */
  maxSpread?: number;
};

/** Index of the chosen table, or null when there are no tables. */
export function placeLateJoiner<P extends Seat>(
  tables: readonly (readonly P[])[],
  participant: Seat,
  mode: AssignmentMode,
  options: LateJoinerOptions = {},
): number | null {
  if (tables.length === 0) return null;
  const maxSpread = options.maxSpread ?? (mode === "mixed" ? 1 : 2);
  const org = organisationKey(participant);
  const sector = sectorKey(participant);
  const smallest = Math.min(...tables.map((t) => t.length));
  const candidates = tables
    .map((table, index) => ({
      index,
      size: table.length,
      sameOrg: table.filter((s) => s.id !== participant.id && organisationKey(s) === org).length,
      sameSector: table.filter((s) => s.id !== participant.id && sectorKey(s) === sector).length,
    }))
    // The smallest tables always qualify, so the list is never empty.
    .filter((c) => c.size + 1 - smallest <= Math.max(1, maxSpread));
  const key = (c: (typeof candidates)[number]) =>
    mode === "mixed"
      ? [c.sameOrg, c.sameSector, c.size, c.index]
      : [c.sameOrg > 0 ? 0 : c.sameSector > 0 ? 1 : 2, c.size, -c.sameOrg, -c.sameSector, c.index];
  const best = pickSmallest(candidates, key) as (typeof candidates)[number];
  return best.index;
}
