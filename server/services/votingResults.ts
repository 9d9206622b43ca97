// Counts of a round for the audiences allowed to see them: the tally (totals per item),
// progress (how many have voted, no per-item counts), and the full results after reveal:
// ranking with ties, breakdown by organisation and by sector, and for named rounds only,
// who gave what. Anonymous rounds pool small organisations so a group total cannot reveal
// one person's ballot.
import { breakdownBy, rankItems, type BallotEntry } from "../domain/voting";
import type { Db } from "../db/client";
import type { RoundRow } from "./votingRounds";
import type { Progress, Results, Tally } from "./votingTypes";

/** Smallest group shown by name in an anonymous round's breakdown. */
export const ANONYMOUS_MIN_GROUP = 3;

/**
 * Each item's dots summed from the ballots, for rounds that are still open. Nothing keeps a
 * running total per item while people vote (votingWrites.ts); the close writes the sums into
 * VotingItem.dots once, so closed and revealed rounds carry their own totals.
 */
export async function liveTotals(db: Db, roundIds: readonly string[]): Promise<Map<string, number>> {
  if (roundIds.length === 0) return new Map();
  const sums = await db.ballotItem.groupBy({ by: ["itemId"], where: { roundId: { in: [...roundIds] } }, _sum: { dots: true } });
  return new Map(sums.map((s) => [s.itemId, s._sum.dots ?? 0]));
}

/** Dots per item: live sums while the round is open, the totals the close wrote afterwards. */
export async function tallyOf(db: Db, round: Pick<RoundRow, "id" | "status" | "items">): Promise<Tally> {
  const live = round.status === "open" ? await liveTotals(db, [round.id]) : null;
  return { roundId: round.id, items: round.items.map((i) => ({ id: i.id, dots: live ? (live.get(i.id) ?? 0) : i.dots })) };
}

/** How many have a dot anywhere in the round right now (a dot taken back no longer counts). */
export async function progressOf(db: Db, workshopId: string, roundId: string): Promise<Progress> {
  const [voters, eligible] = await Promise.all([
    db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(DISTINCT "participantId") AS "n" FROM "BallotItem" WHERE "roundId" = ${roundId} AND "dots" > 0`,
    db.participant.count({ where: { workshopId, removedAt: null, role: "participant" } }),
  ]);
  return { roundId, voted: Number(voters[0]?.n ?? 0), eligible };
}

export async function resultsOf(db: Db, round: RoundRow, options: { withBallots: boolean }): Promise<Results> {
  const [tally, progress, entries] = await Promise.all([
    tallyOf(db, round),
    progressOf(db, round.workshopId, round.id),
    db.ballotItem.findMany({
      where: { roundId: round.id, dots: { gt: 0 } },
      select: { participantId: true, itemId: true, dots: true, participant: { select: { displayName: true, organisation: true, sector: true } } },
    }),
  ]);
  const dotsOf = new Map(tally.items.map((i) => [i.id, i.dots]));
  const ranking = rankItems(round.items.map((i) => ({ id: i.id, title: i.title, dots: dotsOf.get(i.id) ?? 0 })));
  const ballotEntries: BallotEntry[] = entries.map((e) => ({
    participantId: e.participantId,
    itemId: e.itemId,
    dots: e.dots,
    organisation: e.participant.organisation,
    sector: e.participant.sector,
  }));
  const minVoters = round.anonymous ? ANONYMOUS_MIN_GROUP : 1;
  const results: Results = {
    roundId: round.id,
    totalDots: ranking.reduce((sum, r) => sum + r.dots, 0),
    voted: progress.voted,
    eligible: progress.eligible,
    ranking: ranking.map(({ id, title, dots, rank, tied, share, relative }) => ({ id, title, dots, rank, tied, share, relative })),
    byOrganisation: breakdownBy(ballotEntries, "organisation", { minVoters }),
    bySector: breakdownBy(ballotEntries, "sector", { minVoters }),
  };
  if (options.withBallots && !round.anonymous) {
    const ballots = new Map<string, NonNullable<Results["ballots"]>[number]>();
    for (const e of entries) {
      const ballot = ballots.get(e.participantId) ?? { participantId: e.participantId, name: e.participant.displayName, organisation: e.participant.organisation, dots: {} };
      ballot.dots[e.itemId] = e.dots;
      ballots.set(e.participantId, ballot);
    }
    results.ballots = [...ballots.values()].sort((a, b) => a.name.localeCompare(b.name, "nb"));
  }
  return results;
}
