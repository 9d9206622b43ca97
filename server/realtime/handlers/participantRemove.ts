import { z } from "zod";
import { defineHandler, HandlerError } from "../handler";
import { rooms } from "../rooms";
import { removeParticipant } from "../../services/participants";
import { idSchema } from "./emptyInput";
import { publishRoom } from "./publish";
import { publishProgressIfOpen } from "../../services/votingPublish";

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
