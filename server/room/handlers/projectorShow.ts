import { defineHandler, HandlerError } from "../../realtime/handler";
import { publishRoom } from "../publish";
import { resolveProjector } from "../projectorView";

/**
 * The facilitator chooses what the big screen shows: a board (live, read-only), the phase, or
 * "auto". Stored on the workshop, then published with the room state the projector follows.
 */
export const projectorShow = defineHandler({
  event: "projector:show",
  allow: "facilitator",
  async handle(ctx, { view, boardId }) {
    const { db, workshopId } = ctx;
    const chosen = view === "board" ? (boardId ?? null) : null;
    if (chosen) {
      const board = await db.board.findFirst({ where: { id: chosen, workshopId }, select: { id: true } });
      if (!board) throw new HandlerError("notFound", "no such board in this workshop");
    }
    const workshop = await db.workshop.update({
      where: { id: workshopId },
      data: { projectorView: view, projectorBoardId: chosen },
      select: { projectorView: true, projectorBoardId: true, currentPhaseId: true, boards: { select: { id: true, tableId: true } } },
    });
    const phase = workshop.currentPhaseId ? await db.phase.findUnique({ where: { id: workshop.currentPhaseId }, select: { kind: true, groupMode: true } }) : null;
    await publishRoom(ctx);
    return { projector: resolveProjector(workshop, phase, workshop.boards) };
  },
});
