import { defineHandler, HandlerError, type HandlerContext } from "../../realtime/handler";
import { NoSharedBoard, privateBoardFor, revealPrivateNotes, setSilentWriting } from "../silentWriting";
import { publishRoom } from "../publish";

function participantOf(ctx: HandlerContext): string {
  if (ctx.principal.kind !== "participant") throw new HandlerError("forbidden", "only participants write privately");
  return ctx.principal.participantId;
}

/** Facilitator: silent writing on, or off, which reveals every private note onto its board. */
export const silentSet = defineHandler({
  event: "silent:set",
  allow: "facilitator",
  async handle(ctx, { silent }) {
    const revealed = await setSilentWriting(ctx.db, ctx.yjs, ctx.workshopId, silent);
    await publishRoom(ctx);
    return { silent, revealed };
  },
});

/** Participant: the id of their private board behind a shared board (made on first ask). */
export const silentPrivateBoard = defineHandler({
  event: "silent:privateBoard",
  allow: "participant",
  async handle(ctx, { boardId }) {
    const participantId = participantOf(ctx);
    try {
      return { privateBoardId: await privateBoardFor(ctx.db, ctx.workshopId, boardId, participantId) };
    } catch (error) {
      if (error instanceof NoSharedBoard) throw new HandlerError("notFound", "no such board in this workshop");
      throw error;
    }
  },
});

/** Participant: share my own notes with the table now, before the facilitator reveals. */
export const silentShareMine = defineHandler({
  event: "silent:shareMine",
  allow: "participant",
  async handle(ctx, { boardId }) {
    const participantId = participantOf(ctx);
    const { notes } = await revealPrivateNotes(ctx.db, ctx.yjs, ctx.workshopId, { sharedBoardId: boardId, participantId });
    return { moved: notes };
  },
});
