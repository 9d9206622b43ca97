import { defineHandler } from "../../realtime/handler";
import { closeRound, roundView } from "../rounds";
import { publishRound } from "../publish";
import { asHandlerErrors } from "./voteErrors";

/** Stops voting; counts stay hidden from participants until vote:reveal (unless the round is live). */
export const voteClose = defineHandler({
  event: "vote:close",
  allow: "facilitator",
  async handle(ctx, { roundId }) {
    const round = await asHandlerErrors(() => closeRound(ctx.db, ctx.workshopId, roundId));
    await publishRound(ctx.db, ctx.io, round);
    return { round: roundView(round) };
  },
});
