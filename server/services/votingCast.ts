// One dot added or taken back, as ONE database transaction whose writes are themselves the
// guards (the way Parabol casts a vote): the round must be open, the ballot's `spent` must be
// below the budget, the participant's dots on the item below the cap. If any conditional
// update matches no row, the transaction throws and rolls back every write before it. Nothing
// is read and then written back, so two tabs or two devices of one person clicking at the same
// moment can never spend more than the budget or pass the cap: whichever write comes second
// sees the first one's value.
//
// The round's status is checked by the first write; its closing time (fixed when the round
// opens) before the transaction.
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
 * Budget, cap, closing time and the items on the ballot never change after a round opens, so
 * they may be cached; the status may change (close, reveal) and is only ever checked inside the
 * write.
 */
const limitsCache = new Map<string, { workshopId: string; budget: number; maxPerItem: number; closesAt: Date | null; itemIds: Set<string> }>();

async function limitsOf(db: Db, workshopId: string, roundId: string) {
  let limits = limitsCache.get(roundId);
  if (!limits) {
    const round = await db.votingRound.findUnique({
      where: { id: roundId },
      select: { workshopId: true, budget: true, maxPerItem: true, closesAt: true, items: { select: { id: true } } },
    });
    if (!round) throw new VotingError("notFound");
    limits = { ...round, itemIds: new Set(round.items.map((i) => i.id)) };
    if (limitsCache.size > 1000) limitsCache.clear();
    limitsCache.set(roundId, limits);
  }
  if (limits.workshopId !== workshopId) throw new VotingError("notFound");
  return limits;
}

/** Why the round/item guard matched nothing: read only to word the refusal. */
async function whyRefused(tx: Tx, roundId: string): Promise<VoteRefusal> {
  const round = await tx.votingRound.findUnique({ where: { id: roundId }, select: { status: true } });
  return !round || round.status !== "open" ? "roundClosed" : "unknownItem";
}

async function ballotOf(tx: Tx, roundId: string, participantId: string, budget: number): Promise<MyBallot> {
  const rows = await tx.$queryRaw<{ itemId: string; dots: number | bigint }[]>`
    SELECT "itemId", "dots" FROM "BallotItem" WHERE "roundId" = ${roundId} AND "participantId" = ${participantId} AND "dots" > 0`;
  const dots: Record<string, number> = {};
  let spent = 0;
  for (const row of rows) {
    dots[row.itemId] = Number(row.dots);
    spent += Number(row.dots);
  }
  return { roundId, dots, spent, left: budget - spent };
}

// The statements are plain SQL that SQLite and PostgreSQL both accept (quoted identifiers,
// INSERT … ON CONFLICT … DO UPDATE … WHERE): each is one self-guarding write, and going
// around Prisma's query builder on this hot path makes a dot several times cheaper.
export async function changeDot(
  db: Db,
  workshopId: string,
  participantId: string,
  action: { kind: "cast" | "retract"; roundId: string; itemId: string },
  now = new Date(),
): Promise<MyBallot> {
  const { roundId, itemId, kind } = action;
  const { budget, maxPerItem, closesAt, itemIds } = await limitsOf(db, workshopId, roundId);
  if (closesAt && closesAt <= now) throw new VotingError("roundClosed");
  // The ballot is fixed when the round opens, so an unknown item is refused before any write.
  if (!itemIds.has(itemId)) throw new VotingError("unknownItem");
  const delta = kind === "cast" ? 1 : -1;
  try {
    return await db.$transaction(
      async (tx) => {
        // The participant's own rows first, the item's shared total last: every transaction
        // takes its locks in the same order (ballot → ballot item → item), and the row that all
        // voters contend for is held only for the last statement.
        if (kind === "cast") {
          // No row yet: the first dot inserts 1. A row below the limit: +1. At the limit: the
          // DO UPDATE's WHERE fails, no row changes, and the whole transaction rolls back.
          const spent = await tx.$executeRaw`
            INSERT INTO "Ballot" ("roundId", "participantId", "spent") VALUES (${roundId}, ${participantId}, 1)
            ON CONFLICT ("roundId", "participantId") DO UPDATE SET "spent" = "Ballot"."spent" + 1 WHERE "Ballot"."spent" < ${budget}`;
          if (spent === 0) throw new Refused("budgetSpent");
          const onItem = await tx.$executeRaw`
            INSERT INTO "BallotItem" ("roundId", "participantId", "itemId", "dots") VALUES (${roundId}, ${participantId}, ${itemId}, 1)
            ON CONFLICT ("itemId", "participantId") DO UPDATE SET "dots" = "BallotItem"."dots" + 1 WHERE "BallotItem"."dots" < ${maxPerItem}`;
          if (onItem === 0) throw new Refused("itemCapReached");
        } else {
          const spent = await tx.$executeRaw`
            UPDATE "Ballot" SET "spent" = "spent" - 1 WHERE "roundId" = ${roundId} AND "participantId" = ${participantId} AND "spent" > 0`;
          if (spent === 0) throw new Refused("noDotsToRemove");
          const onItem = await tx.$executeRaw`
            UPDATE "BallotItem" SET "dots" = "dots" - 1 WHERE "itemId" = ${itemId} AND "participantId" = ${participantId} AND "dots" > 0`;
          if (onItem === 0) throw new Refused("noDotsToRemove");
        }
        const item = await tx.$executeRaw`
          UPDATE "VotingItem" SET "dots" = "dots" + ${delta}
          WHERE "id" = ${itemId} AND "roundId" = ${roundId}
            AND EXISTS (SELECT 1 FROM "VotingRound" WHERE "id" = ${roundId} AND "status" = 'open')`;
        if (item === 0) throw new Refused(await whyRefused(tx, roundId));
        return ballotOf(tx, roundId, participantId, budget);
      },
      // A room of 300 clicking at once queues on the item rows; waiting is right, failing is not.
      { maxWait: 15_000, timeout: 20_000 },
    );
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    // The ballot guards run before the round's status is checked; a closed round is the
    // reason that matters to the person, whatever else would also have refused the dot.
    if (error.reason === "budgetSpent" || error.reason === "itemCapReached" || error.reason === "noDotsToRemove") {
      const round = await db.votingRound.findUnique({ where: { id: roundId }, select: { status: true } });
      if (round?.status !== "open") throw new VotingError("roundClosed");
    }
    throw new VotingError(error.reason);
  }
}

/** The participant's own dots, for a fresh screen or a second tab. */
export async function myBallot(db: Db, roundId: string, participantId: string, budget: number): Promise<MyBallot> {
  return ballotOf(db as unknown as Tx, roundId, participantId, budget);
}
