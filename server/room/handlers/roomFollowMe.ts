import { defineHandler, HandlerError } from "../../realtime/handler";
import { rooms } from "../../realtime/rooms";
import type { RoomFollow } from "../../../lib/contract/room";

/**
 * "Bring everyone here": every screen jumps to the current phase and to the given board
 * (e.g. the plenary board while a table presents), or back to its own board with null.
 */
export const roomFollowMe = defineHandler({
  event: "room:followMe",
  allow: "facilitator",
  async handle({ db, io, workshopId }, { boardId }) {
    if (boardId) {
      const board = await db.board.findFirst({ where: { id: boardId, workshopId }, select: { id: true } });
      if (!board) throw new HandlerError("notFound", "no such board in this workshop");
    }
    const workshop = await db.workshop.findUnique({ where: { id: workshopId }, select: { currentPhaseId: true } });
    const follow: RoomFollow = { boardId, phaseId: workshop?.currentPhaseId ?? null, at: Date.now() };
    io.to(rooms.workshop(workshopId)).emit("room:follow", follow);
    return { follow };
  },
});
