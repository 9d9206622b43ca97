// Counts of a round for the audiences allowed to see them: the tally (totals per item),
// progress (how many have voted, no per-item counts), and the full results after reveal:
// ranking with ties, breakdown by organisation and by sector, and for named rounds only,
// who gave what. Anonymous rounds hold every row to the workshop's K (small-number
// suppression, lib/domain/voting/breakdown.ts) so a group total cannot reveal a ballot.
import { rankItems, roundBreakdowns, spreadByOrganisation, type BallotEntry } from "../../lib/domain/voting";
import type { Db } from "../platform/db/client";
import { parseAggregate } from "./aggregate";
import type { RoundRow } from "./rounds";
import type { Progress, Results, Tally } from "../../lib/contract/voting";

/**
 * Each item's dots summed from the ballots, for rounds that are still open. Nothing keeps a
 * running total per item while people vote (server/voting/writes.ts); the close writes the sums into
 * VotingItem.dots once, so closed and revealed rounds carry their own totals.
 */
export async function liveTotals(db: Db, roundIds: readonly string[]): Promise<Map<string, number>> {
  if (roundIds.length === 0) return new Map();
  const sums = await db.ballotItem.groupBy({ by: ["itemId"], where: { roundId: { in: [...roundIds] } }, _sum: { dots: true } });
  return new Map(sums.map((s) => [s.itemId, s._sum.dots ?? 0]));
}

type RoundTotals = { id: string; status: string; items: ReadonlyArray<{ id: string; dots: number }> };

/**
 * The one rule for an item's dots: summed from the ballots while its round is open, the total
 * the close wrote afterwards. For any number of rounds in one query (the report reads them all).
 */
export async function itemTotals(db: Db, rounds: ReadonlyArray<RoundTotals>): Promise<Map<string, number>> {
  const live = await liveTotals(db, rounds.filter((r) => r.status === "open").map((r) => r.id));
  const totals = new Map<string, number>();
  for (const round of rounds) for (const item of round.items) totals.set(item.id, round.status === "open" ? (live.get(item.id) ?? 0) : item.dots);
  return totals;
}

/** Dots per item of one round (itemTotals). */
export async function tallyOf(db: Db, round: Pick<RoundRow, "id" | "status" | "items">): Promise<Tally> {
  const totals = await itemTotals(db, [round]);
  return { roundId: round.id, items: round.items.map((i) => ({ id: i.id, dots: totals.get(i.id) ?? 0 })) };
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
  const [tally, progress, entries, workshop] = await Promise.all([
    tallyOf(db, round),
    progressOf(db, round.workshopId, round.id),
    db.ballotItem.findMany({
      where: { roundId: round.id, dots: { gt: 0 } },
      select: { participantId: true, itemId: true, dots: true, participant: { select: { displayName: true, organisation: true, sector: true } } },
    }),
    db.workshop.findUniqueOrThrow({ where: { id: round.workshopId }, select: { anonymous: true, minGroupSize: true, organisations: { select: { name: true, sector: true } } } }),
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
  // An anonymous round imported from an archive has no ballots here, only its kept results.
  const kept = parseAggregate(round.aggregate);
  // An anonymous workshop's exports treat every round as anonymous; every screen agrees with them.
  const anonymous = round.anonymous || workshop.anonymous;
  const { byOrganisation, bySector } = kept ?? roundBreakdowns({ entries: ballotEntries, organisations: workshop.organisations, anonymous, minGroupSize: workshop.minGroupSize });
  const results: Results = {
    roundId: round.id,
    totalDots: ranking.reduce((sum, r) => sum + r.dots, 0),
    voted: kept ? kept.voters : progress.voted,
    eligible: progress.eligible,
    minGroupSize: anonymous ? workshop.minGroupSize : null,
    ranking: ranking.map(({ id, title, dots, rank, tied, share, relative }) => ({ id, title, dots, rank, tied, share, relative })),
    byOrganisation,
    bySector,
    spread: spreadByOrganisation(round.items.map((i) => i.id), byOrganisation),
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
