import { defineHandler, HandlerError } from "../../realtime/handler";
import { allocatePoints } from "../cast";
import { publishMine, scheduleCountsPublish } from "../publish";
import { asHandlerErrors } from "./voteErrors";

/**
 * Sets a participant's points on one focus area in a points round (any split of the budget,
 * 0 included). Refusals: roundClosed, unknownItem, invalidAmount, budgetExceeded, notAPointsRound.
 */
export const voteAllocate = defineHandler({
  event: "vote:allocate",
  allow: "participant",
  handle: async (ctx, { roundId, itemId, points }) => {
    // Authorise: a participant of this workshop (facilitators and observers do not vote).
    if (ctx.principal.kind !== "participant" || ctx.access !== "participant") throw new HandlerError("notAParticipant", "only participants vote");
    const participantId = ctx.principal.participantId;
    // Act: one guarded statement (server/voting/writes.ts) keeps the ballot within the budget.
    const mine = await asHandlerErrors(() => allocatePoints(ctx.db, ctx.workshopId, participantId, { roundId, itemId, points }));
    // Publish: as a dot does.
    publishMine(ctx.io, participantId, mine, ctx.socket.id);
    scheduleCountsPublish(ctx.db, ctx.io, ctx.workshopId, roundId);
    return { mine };
  },
});
