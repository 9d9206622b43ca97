// Board locks: the database row says whether a board is read-only, and the Yjs server is
// told at once so it refuses edits from already-connected clients too.
import type { Db } from "../platform/db/client";
import type { YjsServer } from "../boards/yjsServer";

export class BoardNotInWorkshop extends Error {}

export async function setBoardLock(db: Db, yjs: YjsServer, workshopId: string, boardId: string, locked: boolean): Promise<void> {
  const { count } = await db.board.updateMany({ where: { id: boardId, workshopId }, data: { locked } });
  if (count === 0) throw new BoardNotInWorkshop(boardId);
  yjs.setBoardLocked(boardId, locked);
}

/** Locks or unlocks every board of the workshop; returns how many boards there were. */
export async function setAllBoardLocks(db: Db, yjs: YjsServer, workshopId: string, locked: boolean): Promise<number> {
  const boards = await db.board.findMany({ where: { workshopId }, select: { id: true } });
  await db.board.updateMany({ where: { workshopId }, data: { locked } });
  for (const board of boards) yjs.setBoardLocked(board.id, locked);
  return boards.length;
}
