// The two voting writes whose safety depends on how the database runs statements side by side:
// one dot, and the close that fixes a round's totals.
//
// A dot is ONE guarded statement on the participant's "BallotItem" row whose WHERE is the whole
// rule. A cast inserts the row with 1 dot or adds 1, only if the round is open, the participant's
// dots in the round (the sum of their rows) are below the budget, and their dots on this item are
// below the per-item cap. A retract takes 1 away, only if the round is open and the row has a dot.
// Nothing is read first and written back: the statement changes one row or none, and "none" is
// a refusal, worded by the caller from reads afterwards.
//
// Item totals are not kept per dot (that row would be the one every voter waits on): while a
// round is open they are summed from "BallotItem" (server/voting/results.ts), and the close writes them
// into "VotingItem"."dots" once. No dot may land between the close and that sum.
//
// Why that holds differs per database, so the way the writes run is picked per flavour:
//
// - SQLite executes one statement at a time for the whole file (one write lock), and a
//   statement's subqueries see every write committed before it. The guarded statement alone is
//   atomic and serialised against every other cast, so it runs without a transaction. That is
//   what makes a dot cheap: on the server's one thread each Prisma call costs a few tenths of a
//   millisecond, and an interactive transaction more than that. The close is a transaction, and
//   nothing runs on the connection while one is open (server/platform/db/sqliteInTurn.ts): a cast comes
//   before the close, or after it and finds the round closed.
//
// - PostgreSQL (READ COMMITTED) runs statements side by side: two casts of one participant on
//   two different items could both read a sum of 4 and both insert. There each dot runs in a
//   short transaction that first takes two transaction-scoped advisory locks:
//     1. the round's lock, shared: casts do not wait for each other on it, but a close takes it
//        exclusively, so the close waits for the casts in flight and the casts after it wait for
//        the close, then find the round closed. (PostgreSQL's lock manager queues a shared
//        request behind a waiting exclusive one, so a busy room cannot starve the close; a row
//        lock FOR SHARE on the round would let new casts jump the queue.)
//     2. this participant's lock in this round, exclusive: one person's casts (two tabs, a
//        phone) run one after another. A statement in READ COMMITTED sees what committed before
//        it started, so the guarded statement that follows sees the dots of the cast before.
//   Casts of different people do not wait for each other: they write different rows.
import { Prisma } from "../platform/db/generated/sqlite/client";
import { dbFlavour, postgresPool, type Db } from "../platform/db/client";

export interface DotChange {
  /** cast/retract: one dot more or less; set: a points round's exact amount on the item. */
  kind: "cast" | "retract" | "set";
  roundId: string;
  participantId: string;
  itemId: string;
  budget: number;
  maxPerItem: number;
  /** The amount for "set": a whole number from 0 (checked again by the statement). */
  amount?: number;
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** The guarded statement; plain SQL that SQLite (≥ 3.24) and PostgreSQL both accept. */
function guardedStatement({ kind, roundId, participantId, itemId, budget, maxPerItem, amount }: DotChange): Prisma.Sql {
  const roundIsOpen = Prisma.sql`EXISTS (SELECT 1 FROM "VotingRound" WHERE "id" = ${roundId} AND "status" = 'open')`;
  if (kind === "set") {
    // A points round: the row becomes exactly `amount`, only if the participant's OTHER rows
    // plus it stay within the budget. Same shape as a cast (one statement, one row or none),
    // so it is atomic on SQLite and serialised per participant on PostgreSQL the same way.
    if (amount === undefined || !Number.isSafeInteger(amount) || amount < 0) throw new Error("writeDot: a set needs a whole amount from 0");
    return Prisma.sql`
      INSERT INTO "BallotItem" ("roundId", "participantId", "itemId", "dots")
      SELECT ${roundId}, ${participantId}, ${itemId}, ${amount}
      WHERE ${roundIsOpen} AND ${amount} >= 0 AND ${amount} <= ${maxPerItem}
        AND (SELECT COALESCE(SUM("dots"), 0) FROM "BallotItem" WHERE "roundId" = ${roundId} AND "participantId" = ${participantId} AND "itemId" <> ${itemId}) + ${amount} <= ${budget}
      ON CONFLICT ("itemId", "participantId") DO UPDATE SET "dots" = ${amount}`;
  }
  if (kind === "retract") {
    return Prisma.sql`
      UPDATE "BallotItem" SET "dots" = "dots" - 1
      WHERE "itemId" = ${itemId} AND "participantId" = ${participantId} AND "roundId" = ${roundId} AND "dots" > 0
        AND ${roundIsOpen}`;
  }
  // The SELECT … WHERE guards both paths (no row to insert means no conflict to update either);
  // the DO UPDATE's own WHERE adds the per-item cap for a row that exists.
  return Prisma.sql`
    INSERT INTO "BallotItem" ("roundId", "participantId", "itemId", "dots")
    SELECT ${roundId}, ${participantId}, ${itemId}, 1
    WHERE ${roundIsOpen}
      AND (SELECT COALESCE(SUM("dots"), 0) FROM "BallotItem" WHERE "roundId" = ${roundId} AND "participantId" = ${participantId}) < ${budget}
    ON CONFLICT ("itemId", "participantId") DO UPDATE SET "dots" = "BallotItem"."dots" + 1
    WHERE "BallotItem"."dots" < ${maxPerItem}`;
}

/** First key of every round lock; a participant's lock uses the round's hash as its first key. */
const ROUND_LOCK = 0x766f7465; // "vote"

/** PostgreSQL only: the round's advisory lock, shared by casts and taken exclusively by the close. */
async function lockRound(tx: Tx, roundId: string, mode: "shared" | "exclusive"): Promise<void> {
  if (mode === "shared") await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${ROUND_LOCK}::int4, hashtext(${roundId}))`;
  else await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ROUND_LOCK}::int4, hashtext(${roundId}))`;
}

/** Adds or takes back one dot; false when the guard refused it (nothing was written). */
export async function writeDot(db: Db, change: DotChange): Promise<boolean> {
  if (dbFlavour(db) === "sqlite") return (await db.$executeRaw(guardedStatement(change))) === 1;
  // On PostgreSQL the transaction (BEGIN, the two locks, the guarded statement, COMMIT) goes to
  // the server as ONE simple-protocol query: one round trip, on a connection of the pool behind
  // Prisma (server/platform/db/client.ts, postgresPool). Through Prisma's interactive transaction, five
  // round trips each waiting for the event loop under load, 60 voters in two tabs each were
  // answered at p95 1.4 s (bench:vote --postgres). Statements of one simple query still run one
  // after another with a snapshot each, so the guarded statement sees every dot committed before
  // this participant's lock was granted. The simple protocol takes no parameters: the values are
  // written as escaped literals (ids are strings, limits integers; see literal()).
  const { roundId, participantId } = change;
  const client = await postgresPool(db).connect();
  try {
    const round = client.escapeLiteral(roundId);
    const results = (await client.query(
      [
        "BEGIN",
        `SELECT pg_advisory_xact_lock_shared(${ROUND_LOCK}, hashtext(${round}))`,
        `SELECT pg_advisory_xact_lock(hashtext(${round}), hashtext(${client.escapeLiteral(participantId)}))`,
        inline(guardedStatement(change), (value) => literal(client, value)),
        "COMMIT",
      ].join(";\n"),
    )) as unknown as Array<{ rowCount: number | null }>;
    return results[3].rowCount === 1;
  } catch (error) {
    // A failed statement leaves the transaction open and aborted on this connection.
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** A value of the guarded statement as an SQL literal: only strings and integers occur. */
function literal(client: { escapeLiteral(value: string): string }, value: unknown): string {
  if (typeof value === "string") return client.escapeLiteral(value);
  if (typeof value === "number" && Number.isSafeInteger(value)) return String(value);
  throw new Error(`writeDot: cannot write ${typeof value} as a literal`);
}

/** The statement with its placeholders replaced by `render(value)`. */
function inline(statement: Prisma.Sql, render: (value: unknown) => string): string {
  return statement.strings.reduce((sql, part, i) => sql + render(statement.values[i - 1]) + part);
}

/**
 * Closes an open round and writes each item's total (the sum of its ballot rows) into
 * VotingItem.dots, in one transaction. False when the round was not open (nothing changed).
 */
export async function closeWithTotals(db: Db, workshopId: string, roundId: string, closedAt: Date): Promise<boolean> {
  const postgres = dbFlavour(db) === "postgresql";
  return db.$transaction(
    async (tx) => {
      if (postgres) await lockRound(tx, roundId, "exclusive");
      const { count } = await tx.votingRound.updateMany({ where: { id: roundId, workshopId, status: "open" }, data: { status: "closed", closedAt } });
      if (count === 0) return false;
      await tx.$executeRaw`
        UPDATE "VotingItem" SET "dots" = (SELECT COALESCE(SUM(b."dots"), 0) FROM "BallotItem" b WHERE b."itemId" = "VotingItem"."id")
        WHERE "roundId" = ${roundId}`;
      return true;
    },
    { maxWait: 15_000, timeout: 20_000 },
  );
}
