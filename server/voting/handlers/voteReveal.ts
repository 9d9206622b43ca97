import { defineHandler } from "../../realtime/handler";
import { markRevealed, roundView } from "../rounds";
import { publishRound } from "../publish";
import { writeRanks } from "../ranks";
import { resultsOf } from "../results";
import { asHandlerErrors } from "./voteErrors";

/**
 * Shows a closed round's results to everyone and writes the ranks onto the focus areas
 * (database and board documents) so the action-chain phase can start from the top N.
 */
export const voteReveal = defineHandler({
  event: "vote:reveal",
  allow: "facilitator",
  async handle(ctx, { roundId }) {
    const round = await asHandlerErrors(() => markRevealed(ctx.db, ctx.workshopId, roundId));
    const results = await resultsOf(ctx.db, round, { withBallots: true });
    const boardsNotUpdated = await writeRanks(ctx.db, ctx.yjs, round, results.ranking);
    await publishRound(ctx.db, ctx.io, round);
    return { round: roundView(round), results, boardsNotUpdated };
  },
});
