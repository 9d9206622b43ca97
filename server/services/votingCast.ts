// One dot added or taken back, as ONE database transaction whose writes are themselves the
// guards (the way Parabol casts a vote): the round must be open, the ballot's `spent` must be
// below the budget, the participant's dots on the item below the cap. If any conditional
// update matches no row, the transaction throws and rolls back every write before it. Nothing
// is read and then written back, so two tabs or two devices of one person clicking at the same
// moment can never spend more than the budget or pass the cap: whichever write comes second
// sees the first one's value.
//
// On PostgreSQL a vote that began just before the facilitator's close may commit just after
// it; it is still counted consistently, because totals are read at reveal time.
import type { VoteRefusal } from "../domain/voting";
import type { Db } from "../db/client";
import { VotingError } from "./votingErrors";
import type { MyBallot } from "./votingTypes";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

class Refused extends Error {
  constructor(readonly reason: VoteRefusal | "notFound") {
    super(reason);
  }
}

/**
 * Budget and cap never change after a round opens, so they may be cached; the status may and
 * is therefore only ever checked inside the conditional write.
 */
const limitsCache = new Map<string, { workshopId: string; budget: number; maxPerItem: number }>();

async function limitsOf(db: Db, workshopId: string, roundId: string) {
  let limits = limitsCache.get(roundId);
  if (!limits) {
    const round = await db.votingRound.findUnique({ where: { id: roundId }, select: { workshopId: true, budget: true, maxPerItem: true } });
    if (!round) throw new VotingError("notFound");
    limits = round;
    if (limitsCache.size > 1000) limitsCache.clear();
    limitsCache.set(roundId, limits);
  }
  if (limits.workshopId !== workshopId) throw new VotingError("notFound");
  return limits;
}

/** Why the round/item guard matched nothing: read only to word the refusal. */
async function whyRefused(tx: Tx, roundId: string, now: Date): Promise<VoteRefusal> {
  const round = await tx.votingRound.findUnique({ where: { id: roundId }, select: { status: true, closesAt: true } });
  if (!round || round.status !== "open" || (round.closesAt && round.closesAt <= now)) return "roundClosed";
  return "unknownItem";
}

async function ballotOf(tx: Tx, roundId: string, participantId: string, budget: number): Promise<MyBallot> {
  const items = await tx.ballotItem.findMany({ where: { roundId, participantId, dots: { gt: 0 } }, select: { itemId: true, dots: true } });
  const dots: Record<string, number> = {};
  let spent = 0;
  for (const i of items) {
    dots[i.itemId] = i.dots;
    spent += i.dots;
  }
  return { roundId, dots, spent, left: budget - spent };
}

export async function changeDot(
  db: Db,
  workshopId: string,
  participantId: string,
  action: { kind: "cast" | "retract"; roundId: string; itemId: string },
  now = new Date(),
): Promise<MyBallot> {
  const { roundId, itemId, kind } = action;
  const { budget, maxPerItem } = await limitsOf(db, workshopId, roundId);
  const delta = kind === "cast" ? 1 : -1;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const accepting = { id: roundId, status: "open", OR: [{ closesAt: null }, { closesAt: { gt: now } }] };
        const item = await tx.votingItem.updateMany({ where: { id: itemId, roundId, round: { is: accepting } }, data: { dots: { increment: delta } } });
        if (item.count === 0) throw new Refused(await whyRefused(tx, roundId, now));
        if (kind === "cast") {
          await guardedIncrement(
            () => tx.ballot.updateMany({ where: { roundId, participantId, spent: { lt: budget } }, data: { spent: { increment: 1 } } }),
            () => tx.ballot.create({ data: { roundId, participantId, spent: 1 } }),
            "budgetSpent",
          );
          await guardedIncrement(
            () => tx.ballotItem.updateMany({ where: { itemId, participantId, dots: { lt: maxPerItem } }, data: { dots: { increment: 1 } } }),
            () => tx.ballotItem.create({ data: { roundId, itemId, participantId, dots: 1 } }),
            "itemCapReached",
          );
        } else {
          const onItem = await tx.ballotItem.updateMany({ where: { itemId, participantId, dots: { gt: 0 } }, data: { dots: { decrement: 1 } } });
          if (onItem.count === 0) throw new Refused("noDotsToRemove");
          const spent = await tx.ballot.updateMany({ where: { roundId, participantId, spent: { gt: 0 } }, data: { spent: { decrement: 1 } } });
          // Cannot happen while spent is the sum of the items; refuse rather than go negative.
          if (spent.count === 0) throw new Refused("noDotsToRemove");
        }
        return ballotOf(tx, roundId, participantId, budget);
      });
    } catch (error) {
      if (error instanceof Refused) throw new VotingError(error.reason);
      // PostgreSQL only: the first dot of one person from two devices at the same instant; one
      // insert loses the race and aborts its transaction. Run it again against the winner's row.
      if (error instanceof FirstRowRace && attempt < 2) continue;
      if (error instanceof FirstRowRace) throw new VotingError(error.reason);
      throw error;
    }
  }
}

class FirstRowRace extends Error {
  constructor(readonly reason: VoteRefusal) {
    super(reason);
  }
}

/**
 * The conditional update is the guard. No row updated means either "no row yet" (the first
 * dot: insert it with 1) or "at the limit" (the insert then hits the primary key: refuse).
 * On SQLite transactions are serial, so a duplicate key can only mean "at the limit"; on
 * PostgreSQL it may also be a concurrent first insert, which the caller retries.
 */
async function guardedIncrement(update: () => Promise<{ count: number }>, create: () => Promise<unknown>, limitReason: VoteRefusal): Promise<void> {
  if ((await update()).count > 0) return;
  try {
    await create();
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new FirstRowRace(limitReason);
    throw error;
  }
}

/** The participant's own dots, for a fresh screen or a second tab. */
export async function myBallot(db: Db, roundId: string, participantId: string, budget: number): Promise<MyBallot> {
  return ballotOf(db as unknown as Tx, roundId, participantId, budget);
}
