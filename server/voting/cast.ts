// One dot added or taken back. The write is one guarded statement whose WHERE enforces the
// rules (round open, budget, per-item cap; see server/voting/writes.ts for why that is atomic on both
// databases), so two tabs or two devices of one person clicking at the same moment can never
// spend more than the budget or pass the cap. Nothing is read and then written back: reads
// before the write only refuse what the write would refuse too (closing time, items not on the
// ballot), and reads after a refused write only word the refusal.
import { roundKindOf, roundStatusOf, validateVote, type VoteAction, type VoteRefusal } from "../../lib/domain/voting";
import type { Db } from "../platform/db/client";
import { writeDot } from "./writes";
import { VotingError } from "./errors";
import type { MyBallot } from "../../lib/contract/voting";

/**
 * Budget, cap, closing time and the items on the ballot never change after a round opens, so
 * they may be cached; the status may change (close, reveal) and is only ever checked inside the
 * write.
 */
type Limits = { workshopId: string; kind: string; budget: number; maxPerItem: number; closesAt: Date | null; itemIds: Set<string> };
const limitsCache = new Map<string, Limits>();

async function limitsOf(db: Db, workshopId: string, roundId: string) {
  let limits = limitsCache.get(roundId);
  if (!limits) {
    const round = await db.votingRound.findUnique({
      where: { id: roundId },
      select: { workshopId: true, kind: true, budget: true, maxPerItem: true, closesAt: true, items: { select: { id: true } } },
    });
    if (!round) throw new VotingError("notFound");
    limits = { ...round, itemIds: new Set(round.items.map((i) => i.id)) };
    if (limitsCache.size > 1000) limitsCache.clear();
    limitsCache.set(roundId, limits);
  }
  if (limits.workshopId !== workshopId) throw new VotingError("notFound");
  return limits;
}

type BallotRow = { itemId: string; dots: number | bigint };

function ballotFrom(roundId: string, rows: readonly BallotRow[], budget: number): MyBallot {
  const dots: Record<string, number> = {};
  let spent = 0;
  for (const row of rows) {
    dots[row.itemId] = Number(row.dots);
    spent += Number(row.dots);
  }
  return { roundId, dots, spent, left: budget - spent };
}

/** The participant's own dots: after a dot, and for a fresh screen or a second tab. */
export async function myBallot(db: Db, roundId: string, participantId: string, budget: number): Promise<MyBallot> {
  const rows = await db.$queryRaw<BallotRow[]>`
    SELECT "itemId", "dots" FROM "BallotItem" WHERE "roundId" = ${roundId} AND "participantId" = ${participantId} AND "dots" > 0`;
  return ballotFrom(roundId, rows, budget);
}

/**
 * Why the write changed nothing, read afterwards in one query (the round's status and the
 * participant's dots) and worded by the vote rule itself (validateVote): a closed round first,
 * then the budget, then the cap. If the rule would now accept the dot, another tab changed the
 * ballot since the write; the budget (or, for a retract, the empty item) is then the likelier
 * cause.
 */
async function whyRefused(db: Db, action: VoteAction, roundId: string, participantId: string, limits: Limits, now: Date): Promise<VoteRefusal> {
  const rows = await db.$queryRaw<{ status: string; itemId: string | null; dots: number | bigint | null }[]>`
    SELECT r."status", b."itemId", b."dots" FROM "VotingRound" r
    LEFT JOIN "BallotItem" b ON b."roundId" = r."id" AND b."participantId" = ${participantId} AND b."dots" > 0
    WHERE r."id" = ${roundId}`;
  if (rows.length === 0) return "roundClosed";
  const mine = ballotFrom(roundId, rows.flatMap((r) => (r.itemId === null || r.dots === null ? [] : [{ itemId: r.itemId, dots: r.dots }])), limits.budget);
  const round = { status: roundStatusOf(rows[0].status), budget: limits.budget, maxPerItem: limits.maxPerItem, closesAt: limits.closesAt?.getTime() ?? null };
  const check = validateVote(round, mine.dots, action, now.getTime(), limits.itemIds);
  if (!check.ok) return check.reason;
  return action.kind === "retract" ? "noDotsToRemove" : action.kind === "set" ? "budgetExceeded" : "budgetSpent";
}

export async function changeDot(
  db: Db,
  workshopId: string,
  participantId: string,
  action: { kind: "cast" | "retract"; roundId: string; itemId: string },
  now = new Date(),
): Promise<MyBallot> {
  const { roundId, itemId, kind } = action;
  const limits = await limitsOf(db, workshopId, roundId);
  if (roundKindOf(limits.kind) !== "dots") throw new VotingError("notADotsRound");
  if (limits.closesAt && limits.closesAt <= now) throw new VotingError("roundClosed");
  // The ballot is fixed when the round opens, so an unknown item is refused before any write.
  if (!limits.itemIds.has(itemId)) throw new VotingError("unknownItem");
  const written = await writeDot(db, { kind, roundId, participantId, itemId, budget: limits.budget, maxPerItem: limits.maxPerItem });
  if (!written) throw new VotingError(await whyRefused(db, { kind, itemId }, roundId, participantId, limits, now));
  // A separate read: if another tab of this person voted in between, it shows that dot too.
  return myBallot(db, roundId, participantId, limits.budget);
}

/**
 * A points round: the participant's amount on one item becomes exactly `points`. The vote rule
 * refuses what it can see is wrong (negative, fractional, over the budget given the ballot as
 * last read), and the guarded statement enforces the budget atomically against every other tab.
 */
export async function allocatePoints(
  db: Db,
  workshopId: string,
  participantId: string,
  action: { roundId: string; itemId: string; points: number },
  now = new Date(),
): Promise<MyBallot> {
  const { roundId, itemId, points } = action;
  const limits = await limitsOf(db, workshopId, roundId);
  if (roundKindOf(limits.kind) !== "points") throw new VotingError("notAPointsRound");
  if (limits.closesAt && limits.closesAt <= now) throw new VotingError("roundClosed");
  if (!limits.itemIds.has(itemId)) throw new VotingError("unknownItem");
  const set: VoteAction = { kind: "set", itemId, amount: points };
  // Whole numbers from 0 only: refused here, before any SQL is written with the value.
  if (!Number.isSafeInteger(points) || points < 0) throw new VotingError("invalidAmount");
  const written = await writeDot(db, { kind: "set", roundId, participantId, itemId, budget: limits.budget, maxPerItem: limits.maxPerItem, amount: points });
  if (!written) throw new VotingError(await whyRefused(db, set, roundId, participantId, limits, now));
  return myBallot(db, roundId, participantId, limits.budget);
}
