import { defineHandler, HandlerError, type HandlerContext } from "../../realtime/handler";
import { BoardNotInWorkshop, setBoardLock } from "../locks";
import { publishRoom } from "../publish";

async function lock(ctx: HandlerContext, boardId: string, locked: boolean) {
  try {
    await setBoardLock(ctx.db, ctx.yjs, ctx.workshopId, boardId, locked);
  } catch (error) {
    if (error instanceof BoardNotInWorkshop) throw new HandlerError("notFound", "no such board in this workshop");
    throw error;
  }
  await publishRoom(ctx);
  return { boardId, locked };
}

/** Makes one board read-only for participants; the Yjs server refuses their edits. */
export const boardLock = defineHandler({ event: "board:lock", allow: "facilitator", handle: (ctx, { boardId }) => lock(ctx, boardId, true) });

export const boardUnlock = defineHandler({ event: "board:unlock", allow: "facilitator", handle: (ctx, { boardId }) => lock(ctx, boardId, false) });
