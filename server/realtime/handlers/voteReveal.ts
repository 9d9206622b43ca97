import { z } from "zod";
import { defineHandler } from "../handler";
import { markRevealed, roundView } from "../../services/votingRounds";
import { publishRound } from "../../services/votingPublish";
import { writeRanks } from "../../services/votingRanks";
import { resultsOf } from "../../services/votingResults";
import { asHandlerErrors } from "./voteErrors";
import { idSchema } from "./emptyInput";

/**
 * Shows a closed round's results to everyone and writes the ranks onto the focus areas
 * (database and board documents) so the action-chain phase can start from the top N.
 */
export const voteReveal = defineHandler({
  event: "vote:reveal",
  allow: "facilitator",
  input: z.object({ roundId: idSchema }).strict(),
  async handle(ctx, { roundId }) {
    const round = await asHandlerErrors(() => markRevealed(ctx.db, ctx.workshopId, roundId));
    const results = await resultsOf(ctx.db, round, { withBallots: true });
    const boardsNotUpdated = await writeRanks(ctx.db, ctx.yjs, round, results.ranking);
    await publishRound(ctx.db, ctx.io, round);
    return { round: roundView(round), results, boardsNotUpdated };
  },
});
