import { defineHandler, type HandlerContext } from "../../realtime/handler";
import { setAllBoardLocks } from "../locks";
import { publishRoom } from "../publish";

async function lockAll(ctx: HandlerContext, locked: boolean) {
  const boards = await setAllBoardLocks(ctx.db, ctx.yjs, ctx.workshopId, locked);
  await publishRoom(ctx);
  return { boards, locked };
}

/** "Pens down": every board of the workshop becomes read-only at once. */
export const boardsLockAll = defineHandler({ event: "boards:lockAll", allow: "facilitator", handle: (ctx) => lockAll(ctx, true) });

export const boardsUnlockAll = defineHandler({ event: "boards:unlockAll", allow: "facilitator", handle: (ctx) => lockAll(ctx, false) });
