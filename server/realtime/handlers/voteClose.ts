import { z } from "zod";
import { defineHandler } from "../handler";
import { closeRound, roundView } from "../../services/votingRounds";
import { publishRound } from "../../services/votingPublish";
import { asHandlerErrors } from "./voteErrors";
import { idSchema } from "./emptyInput";

/** Stops voting; counts stay hidden from participants until vote:reveal (unless the round is live). */
export const voteClose = defineHandler({
  event: "vote:close",
  allow: "facilitator",
  input: z.object({ roundId: idSchema }).strict(),
  async handle(ctx, { roundId }) {
    const round = await asHandlerErrors(() => closeRound(ctx.db, ctx.workshopId, roundId));
    await publishRound(ctx.db, ctx.io, round);
    return { round: roundView(round) };
  },
});
