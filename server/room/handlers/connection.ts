// What happens when a socket arrives and leaves: it gets the room at once (a late joiner lands
// in the current phase), and everyone's presence is refreshed in one batched publish.
import type { HandlerContext, SamlaSocket } from "../../realtime/handler";
import { roomStateFor, schedulePresencePublish } from "../state";
import { log } from "../../platform/log";

type Base = Pick<HandlerContext, "db" | "io">;

export function onRoomConnection(socket: SamlaSocket, { db, io }: Base): void {
  const { workshopId, principal } = socket.data;
  roomStateFor(db, io, socket.data)
    .then((state) => socket.emit("room:state", state))
    .catch((error) => log.error(`initial room state failed for ${workshopId}`, error));
  schedulePresencePublish(db, io, workshopId);
  socket.on("disconnect", () => {
    schedulePresencePublish(db, io, workshopId);
    if (principal.kind === "participant") {
      db.participant.update({ where: { id: principal.participantId }, data: { lastSeenAt: new Date() } }).catch(() => {
        // removed meanwhile: nothing to record
      });
    }
  });
}
