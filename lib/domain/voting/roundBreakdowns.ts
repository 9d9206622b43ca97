// A round's two breakdowns as every screen and file shows them: each voter under their
// organisation's sector, and an anonymous round held to the workshop's K (breakdown.ts).
// The facilitator's page, the participants' results, the results API and the report all call
// this one function, so they cannot disagree about a row.
import { sectorOfOrganisation } from "./organisationSector";
import { breakdowns, type BallotEntry, type Breakdowns } from "./breakdown";

/** K unless the workshop sets another: the smallest group published statistics show. */
export const DEFAULT_MIN_GROUP_SIZE = 3;

export interface RoundBreakdownInput {
  /** Per-person dots; `sector` is what the person gave themselves (free text). */
  entries: readonly BallotEntry[];
  organisations: ReadonlyArray<{ name: string; sector: string | null }>;
  anonymous: boolean;
  minGroupSize: number;
}

export function roundBreakdowns({ entries, organisations, anonymous, minGroupSize }: RoundBreakdownInput): Breakdowns {
  const sectorOf = sectorOfOrganisation(organisations);
  const placed = entries.map((e) => ({ ...e, sector: sectorOf(e.organisation, e.sector) }));
  return breakdowns(placed, { minVoters: anonymous ? Math.max(2, minGroupSize) : 1 });
}
