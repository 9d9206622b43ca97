// The plenary gathers the tables' results: each table board's focus areas (with their notes)
// are copied onto the workshop's plenary board, remembering which table they came from.
// Gathering again copies only areas that are not on the plenary board yet, so a facilitator
// can gather after a late table finishes without doubling the others.
import { copyFocusAreasFrom, readBoard } from "@/lib/board";
import type { Db } from "../platform/db/client";
import type { YjsServer } from "../boards/yjsServer";
import type { GatherResult } from "../../lib/contract/room";

export class NoPlenaryBoard extends Error {}

/**
 * A copied focus area is recognised by the board it came from and its title: the rule both
 * gathering to plenary and sending top areas to the tables use to copy each area only once.
 */
export function copiedAreaKey(originBoardId: string, title: string): string {
  return `${originBoardId}\u0000${title.trim().toLowerCase()}`;
}

/** Space between one table's column of areas and the next. */
const columnGap = 80;

export async function gatherFocusAreasToPlenary(db: Db, yjs: YjsServer, workshopId: string): Promise<GatherResult> {
  const boards = await db.board.findMany({
    where: { workshopId, ownerParticipantId: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, tableId: true, table: { select: { name: true, position: true } } },
  });
  const plenary = boards.find((b) => b.tableId === null);
  if (!plenary) throw new NoPlenaryBoard(workshopId);
  const tableBoards = boards.filter((b) => b.tableId !== null).sort((a, b) => (a.table?.position ?? 0) - (b.table?.position ?? 0));

  const present = new Set(
    readBoard(await yjs.readBoardDoc(plenary.id))
      .focusAreas.filter((a) => a.origin)
      .map((a) => copiedAreaKey(a.origin!.boardId, a.title)),
  );

  // Each table's areas go in a column of their own, side by side below what the plenary board
  // already holds: one tall stack of every table's areas did not fit a projector even at the
  // smallest zoom, and columns keep each table's work together.
  const existing = readBoard(await yjs.readBoardDoc(plenary.id));
  const boxes = [...existing.notes, ...existing.focusAreas];
  const top = boxes.length === 0 ? 0 : Math.max(...boxes.map((b) => b.y + b.h)) + columnGap;
  let left = boxes.length === 0 ? 0 : Math.min(...boxes.map((b) => b.x));

  let copied = 0;
  let alreadyThere = 0;
  for (const board of tableBoards) {
    const source = await yjs.readBoardDoc(board.id);
    const areas = readBoard(source).focusAreas;
    const fresh = areas.filter((a) => !present.has(copiedAreaKey(board.id, a.title)));
    alreadyThere += areas.length - fresh.length;
    if (fresh.length === 0) continue;
    const at = { x: left, y: top };
    await yjs.changeBoardDoc(plenary.id, (doc) => {
      copyFocusAreasFrom(doc, source, { sourceBoardId: board.id, tableName: board.table?.name ?? "", focusAreaIds: fresh.map((a) => a.id), at }, "server");
    });
    left += Math.max(...fresh.map((a) => a.x + a.w)) - Math.min(...fresh.map((a) => a.x)) + columnGap;
    copied += fresh.length;
    for (const area of fresh) present.add(copiedAreaKey(board.id, area.title));
  }
  return { plenaryBoardId: plenary.id, copied, alreadyThere };
}
