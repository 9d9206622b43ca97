import { defineHandler, HandlerError, type HandlerContext } from "../../realtime/handler";
import { changeDot } from "../cast";
import { publishMine, scheduleCountsPublish } from "../publish";
import { asHandlerErrors } from "./voteErrors";
import type { ClientInput } from "../../../lib/contract/events";

async function change(ctx: HandlerContext, kind: "cast" | "retract", { roundId, itemId }: ClientInput<"vote:cast">) {
  // Authorise: a participant of this workshop (facilitators and observers do not vote).
  if (ctx.principal.kind !== "participant" || ctx.access !== "participant") throw new HandlerError("notAParticipant", "only participants vote");
  const participantId = ctx.principal.participantId;
  // Act: one atomic, self-guarding transaction (server/voting/cast.ts).
  const mine = await asHandlerErrors(() => changeDot(ctx.db, ctx.workshopId, participantId, { kind, roundId, itemId }));
  // Publish: own dots to this participant's other connections (this one gets the ack);
  // counts batched to whoever may see them.
  publishMine(ctx.io, participantId, mine, ctx.socket.id);
  scheduleCountsPublish(ctx.db, ctx.io, ctx.workshopId, roundId);
  return { mine };
}

/** Adds one dot to a focus area. Refusals: roundClosed, unknownItem, budgetSpent, itemCapReached. */
export const voteCast = defineHandler({ event: "vote:cast", allow: "participant", handle: (ctx, payload) => change(ctx, "cast", payload) });

/** Takes one dot back. Refusals: roundClosed, unknownItem, noDotsToRemove. */
export const voteRetract = defineHandler({ event: "vote:retract", allow: "participant", handle: (ctx, payload) => change(ctx, "retract", payload) });
