import { defineHandler, HandlerError } from "../../realtime/handler";
import { updateProfile } from "../participants";
import { publishRoom } from "../publish";

/** A participant corrects their own name, organisation or sector. */
export const profileUpdate = defineHandler({
  event: "profile:update",
  allow: "participant",
  async handle(ctx, profile) {
    if (ctx.principal.kind !== "participant") throw new HandlerError("forbidden", "only participants have a profile here");
    await updateProfile(ctx.db, ctx.principal.participantId, profile);
    await publishRoom(ctx);
    return { profile };
  },
});
