// After the plenary vote the ranked focus areas live on the plenary board, but the tables build
// their action chains on their own boards. This sends the top areas (with their notes and their
// rank) from the plenary board to the table boards, so each table's chain editor offers them
// first. "spread": area i goes to table i mod n (each table works on its own area(s), the usual
// search-conference way); "all": every table gets every top area.
// Sending again copies only what a table does not have yet (same origin board and title).
import { copyFocusAreasFrom, readBoard, setFocusAreaRanks, type FocusAreaSnapshot } from "@/lib/board";
import { selectTop } from "@/lib/domain/voting";
import type { Db } from "../platform/db/client";
import type { YjsServer } from "../boards/yjsServer";
import { copiedAreaKey, NoPlenaryBoard } from "./gatherToPlenary";
import type { SendMode, SendTopAreasResult, SentToTable } from "../../lib/contract/room";

export { NoPlenaryBoard };

export class NoRankedAreas extends Error {}
export class NoTableBoards extends Error {}

/**
 * The top `count` ranked areas, best first (ties by board order); areas tied with the last one
 * taken are included, so a tie at the cut never drops an area arbitrarily.
 */
function topRankedAreas(areas: readonly FocusAreaSnapshot[], count: number): FocusAreaSnapshot[] {
  const ranked = areas.flatMap((a) => (a.rank === null ? [] : [{ ...a, rank: a.rank }])).sort((a, b) => a.rank - b.rank || a.order - b.order);
  const { selected, tiedAtCut } = selectTop(ranked, count);
  return [...selected, ...tiedAtCut];
}

export async function sendTopAreasToTables(db: Db, yjs: YjsServer, workshopId: string, input: { count: number; mode: SendMode }): Promise<SendTopAreasResult> {
  const boards = await db.board.findMany({
    where: { workshopId, ownerParticipantId: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true, tableId: true, table: { select: { name: true, position: true } } },
  });
  const plenary = boards.find((b) => b.tableId === null);
  if (!plenary) throw new NoPlenaryBoard(workshopId);
  const tableBoards = boards.filter((b) => b.tableId !== null).sort((a, b) => (a.table?.position ?? 0) - (b.table?.position ?? 0));
  if (tableBoards.length === 0) throw new NoTableBoards(workshopId);

  const source = await yjs.readBoardDoc(plenary.id);
  const top = topRankedAreas(readBoard(source).focusAreas, input.count);
  if (top.length === 0) throw new NoRankedAreas(workshopId);

  const plan = tableBoards.map(() => [] as FocusAreaSnapshot[]);
  top.forEach((area, i) => {
    if (input.mode === "all") plan.forEach((areas) => areas.push(area));
    else plan[i % tableBoards.length].push(area);
  });

  const tables: SentToTable[] = [];
  for (const [i, board] of tableBoards.entries()) {
    const wanted = plan[i];
    const sent: SentToTable = { boardId: board.id, tableName: board.table?.name ?? board.title, areaTitles: wanted.map((a) => a.title), copied: 0, alreadyThere: 0 };
    tables.push(sent);
    if (wanted.length === 0) continue;
    // The check runs inside the change, on the live document, so two sends at once cannot
    // both copy the same area.
    await yjs.changeBoardDoc(board.id, (doc) => {
      const present = new Set(
        readBoard(doc)
          .focusAreas.filter((a) => a.origin)
          .map((a) => copiedAreaKey(a.origin!.boardId, a.title)),
      );
      const fresh: FocusAreaSnapshot[] = [];
      for (const area of wanted) {
        const key = copiedAreaKey(plenary.id, area.title);
        if (present.has(key)) continue;
        present.add(key);
        fresh.push(area);
      }
      sent.alreadyThere = wanted.length - fresh.length;
      sent.copied = fresh.length;
      if (fresh.length === 0) return;
      const ids = copyFocusAreasFrom(doc, source, { sourceBoardId: plenary.id, tableName: plenary.title, focusAreaIds: fresh.map((a) => a.id) }, "server");
      setFocusAreaRanks(
        doc,
        fresh.flatMap((a) => (ids.has(a.id) ? [{ id: ids.get(a.id)!, rank: a.rank }] : [])),
        "server",
      );
    });
  }
  return {
    plenaryBoardId: plenary.id,
    areas: top.length,
    copied: tables.reduce((sum, t) => sum + t.copied, 0),
    alreadyThere: tables.reduce((sum, t) => sum + t.alreadyThere, 0),
    tables,
  };
}
