// The focus areas a round can be held on: every board of the workshop (the plenary board and
// each table's), read through the Yjs server so areas made a second ago are included.
import { readBoard } from "../../lib/board";
import type { Db } from "../platform/db/client";
import type { YjsServer } from "../boards/yjsServer";
import { VotingError } from "./errors";
import type { CandidateBoard } from "../../lib/contract/voting";

export async function listCandidates(db: Db, yjs: Pick<YjsServer, "readBoardDoc">, workshopId: string): Promise<CandidateBoard[]> {
  const boards = await db.board.findMany({
    where: { workshopId, ownerParticipantId: null },
    select: { id: true, title: true, tableId: true, table: { select: { position: true } } },
  });
  // Plenary first, then tables in their seating order.
  boards.sort((a, b) => (a.table?.position ?? -1) - (b.table?.position ?? -1));
  return Promise.all(
    boards.map(async (board) => {
      const doc = await yjs.readBoardDoc(board.id);
      try {
        const snapshot = readBoard(doc);
        return {
          boardId: board.id,
          title: board.title,
          tableId: board.tableId,
          focusAreas: snapshot.focusAreas.map((a) => ({ id: a.id, title: a.title.trim(), noteCount: a.noteIds.length, rank: a.rank })),
        };
      } finally {
        doc.destroy();
      }
    }),
  );
}

/** Looks up the chosen areas and copies their titles; refuses anything not on a board now. */
export async function resolveBallotItems(
  db: Db,
  yjs: Pick<YjsServer, "readBoardDoc">,
  workshopId: string,
  chosen: ReadonlyArray<{ boardId: string; focusAreaId: string }>,
): Promise<{ boardId: string; focusAreaId: string; title: string }[]> {
  const seen = new Set<string>();
  for (const c of chosen) {
    const key = `${c.boardId}/${c.focusAreaId}`;
    if (seen.has(key)) throw new VotingError("duplicateItem", c.focusAreaId);
    seen.add(key);
  }
  const boardIds = [...new Set(chosen.map((c) => c.boardId))];
  const known = await db.board.findMany({ where: { workshopId, id: { in: boardIds } }, select: { id: true } });
  if (known.length !== boardIds.length) throw new VotingError("boardNotFound");
  const titles = new Map<string, string>();
  for (const boardId of boardIds) {
    const doc = await yjs.readBoardDoc(boardId);
    try {
      for (const area of readBoard(doc).focusAreas) titles.set(`${boardId}/${area.id}`, area.title.trim());
    } finally {
      doc.destroy();
    }
  }
  return chosen.map((c) => {
    const title = titles.get(`${c.boardId}/${c.focusAreaId}`);
    if (title === undefined) throw new VotingError("focusAreaNotFound", c.focusAreaId);
    if (title === "") throw new VotingError("focusAreaUntitled", c.focusAreaId);
    return { ...c, title };
  });
}
