import { readBoard } from "../../../lib/board";
import { defineHandler } from "../../realtime/handler";

/**
 * How many notes and focus areas each board holds, for the run page's list of boards. Read
 * from the sync server (live documents where open), so the counts match what the tables see.
 */
export const boardsSummary = defineHandler({
  event: "boards:summary",
  allow: "facilitator",
  async handle({ db, yjs, workshopId }) {
    // Shared boards only: private boards (silent writing) are not on the run page's list.
    const boards = await db.board.findMany({ where: { workshopId, ownerParticipantId: null }, select: { id: true } });
    const summaries = await Promise.all(
      boards.map(async ({ id }) => {
        const doc = await yjs.readBoardDoc(id);
        try {
          const board = readBoard(doc);
          return { boardId: id, notes: board.notes.length, focusAreas: board.focusAreas.length };
        } finally {
          doc.destroy();
        }
      }),
    );
    return { boards: summaries };
  },
});
