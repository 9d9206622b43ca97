import { defineHandler } from "../../realtime/handler";
import { openRound, roundView } from "../rounds";
import { scheduleClose } from "../closingTime";
import { publishRound } from "../publish";
import { asHandlerErrors } from "./voteErrors";

/**
 * Opens a round on focus areas from one or several boards. Payload:
 * { title, items: [{ boardId, focusAreaId }], settings: { budget, maxPerItem, anonymous, showLive, closesAt } }.
 */
export const voteOpen = defineHandler({
  event: "vote:open",
  allow: "facilitator",
  async handle(ctx, payload) {
    const round = await asHandlerErrors(() => openRound(ctx.db, ctx.yjs, ctx.workshopId, payload));
    await publishRound(ctx.db, ctx.io, round);
    scheduleClose(ctx.db, ctx.io, round);
    return { round: roundView(round) };
  },
});
