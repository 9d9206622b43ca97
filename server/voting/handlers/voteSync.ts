import { defineHandler } from "../../realtime/handler";
import { snapshotFor } from "../publish";

/**
 * The current round as this socket may see it: a participant gets the round, progress and
 * their own dots (counts only if the round is live or revealed); facilitators get the tally.
 */
export const voteSync = defineHandler({
  event: "vote:sync",
  allow: "any",
  async handle(ctx) {
    return { voting: await snapshotFor(ctx.db, ctx.socket.data) };
  },
});
