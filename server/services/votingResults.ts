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

export async function tallyOf(db: Db, roundId: string): Promise<Tally> {
  const items = await db.votingItem.findMany({ where: { roundId }, orderBy: { position: "asc" }, select: { id: true, dots: true } });
  return { roundId, items };
}

export async function progressOf(db: Db, workshopId: string, roundId: string): Promise<Progress> {
  const [voted, eligible] = await Promise.all([
    db.ballot.count({ where: { roundId, spent: { gt: 0 } } }),
    db.participant.count({ where: { workshopId, removedAt: null, role: "participant" } }),
  ]);
  return { roundId, voted, eligible };
}

export async function resultsOf(db: Db, round: RoundRow, options: { withBallots: boolean }): Promise<Results> {
  const [tally, progress, entries] = await Promise.all([
    tallyOf(db, round.id),
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
