// Where a board's update log is written. BoardPersistence decides what to write and when
// (order, batching, acknowledgements, compaction); a BoardLog only performs the writes.
// Reads (loading a board) stay with the caller's own Prisma client.
import type { Db } from "../../db/client";
import { assertSnapshotLoads } from "../storedUpdate";

export interface BoardLog {
  /** Appends one row; resolves with its id once committed. */
  append(boardId: string, data: Uint8Array): Promise<number>;
  /**
   * In one transaction: inserts `snapshot` as a new row, then deletes the rows `replaces`.
   * Resolves with the new row's id. First checks that the snapshot reads back into the state
   * `stateVector` describes, and rejects (writing nothing) if not.
   */
  replace(boardId: string, snapshot: Uint8Array, replaces: number[], stateVector: Uint8Array): Promise<number>;
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
      const [row] = await db.$transaction([
        db.boardUpdate.create({ data: { boardId, data: new Uint8Array(snapshot) }, select: { id: true } }),
        db.boardUpdate.deleteMany({ where: { boardId, id: { in: replaces } } }),
      ]);
      return row.id;
    },
  };
}
