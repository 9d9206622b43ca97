// Where a board's update log is written. BoardPersistence decides what to write and when
// (order, batching, acknowledgements, compaction); a BoardLog only performs the writes.
// Reads (loading a board) stay with the caller's own Prisma client.
import { dbFlavour, type Db } from "../../platform/db/client";
import { assertSnapshotLoads } from "../storedUpdate";

export interface BoardLog {
  /** Appends one row; resolves with its id once committed. */
  append(boardId: string, data: Uint8Array): Promise<number>;
  /**
   * In one transaction: inserts `snapshot` as a new row, then deletes the rows `replaces`.
   * Resolves with the new row's id, or null when another instance is compacting this board
   * right now (PostgreSQL: its advisory lock is taken) and nothing was written. First checks
   * that the snapshot reads back into the state `stateVector` describes, and rejects (writing
   * nothing) if not.
   */
  replace(boardId: string, snapshot: Uint8Array, replaces: number[], stateVector: Uint8Array): Promise<number | null>;
  /**
   * Settles calls whose writes are already done, now rather than when their completion would
   * otherwise be delivered (a log writing on another thread). Cheap; call it often.
   */
  collectFinished?(): void;
}

/** Writes with the given client on the calling thread. */
export function inProcessBoardLog(db: Db): BoardLog {
  return {
    async append(boardId, data) {
      const row = await db.boardUpdate.create({ data: { boardId, data: new Uint8Array(data) }, select: { id: true } });
      return row.id;
    },
    async replace(boardId, snapshot, replaces, stateVector) {
      assertSnapshotLoads(snapshot, stateVector);
      if (dbFlavour(db) === "postgresql") return replaceUnderLock(db, boardId, snapshot, replaces);
      const [row] = await db.$transaction([
        db.boardUpdate.create({ data: { boardId, data: new Uint8Array(snapshot) }, select: { id: true } }),
        db.boardUpdate.deleteMany({ where: { boardId, id: { in: replaces } } }),
      ]);
      return row.id;
    },
  };
}

/** First key of the per-board compaction lock ("cmpc"); the second is the board id's hash. */
const COMPACTION_LOCK = 0x636d7063;

/**
 * PostgreSQL, where several instances may compact one board: one statement that takes the
 * board's transaction-scoped advisory lock without waiting and, only if it got it, inserts the
 * snapshot and deletes exactly the rows it replaces. The lock ends with the statement's
 * transaction, so a compactor that dies holds nothing.
 */
async function replaceUnderLock(db: Db, boardId: string, snapshot: Uint8Array, replaces: number[]): Promise<number | null> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    WITH "lock" AS (SELECT pg_try_advisory_xact_lock(${COMPACTION_LOCK}::int4, hashtext(${boardId})) AS "granted"),
    "inserted" AS (
      INSERT INTO "BoardUpdate" ("boardId", "data") SELECT ${boardId}, ${new Uint8Array(snapshot)} FROM "lock" WHERE "granted" RETURNING "id"
    ),
    "deleted" AS (
      DELETE FROM "BoardUpdate" WHERE "boardId" = ${boardId} AND "id" = ANY(${replaces}::int4[]) AND EXISTS (SELECT 1 FROM "inserted")
    )
    SELECT "id" FROM "inserted"`;
  return rows.length === 0 ? null : Number(rows[0].id);
}
