import { z } from "zod";
import { defineHandler, HandlerError } from "../../realtime/handler";
import { rooms } from "../../realtime/rooms";
import { removeParticipant } from "../participants";
import { idSchema } from "../../realtime/input";
import { publishRoom } from "../publish";
import { publishProgressIfOpen } from "../../voting/publish";

export const ROOM_REMOVED_EVENT = "room:removed";

/** Removes someone from the workshop: their cookie stops working and their sockets close. */
export const participantRemove = defineHandler({
  event: "participant:remove",
  allow: "facilitator",
  input: z.object({ participantId: idSchema }).strict(),
  async handle(ctx, { participantId }) {
    if (!(await removeParticipant(ctx.db, ctx.workshopId, participantId))) throw new HandlerError("notFound", "no such participant in this workshop");
    const theirs = ctx.io.in(rooms.participant(participantId));
    theirs.emit(ROOM_REMOVED_EVENT, {});
    theirs.disconnectSockets(true);
    await publishRoom(ctx);
    await publishProgressIfOpen(ctx.db, ctx.io, ctx.workshopId);
    return { participantId };
  },
});
