import { randomUUID } from "node:crypto";
import { defineHandler, HandlerError } from "../../realtime/handler";
import { rooms } from "../../realtime/rooms";
import type { RoomMessage } from "../../../lib/contract/room";

/** A message on every screen, or only on one table's (and the facilitators'). */
export const roomBroadcast = defineHandler({
  event: "room:broadcast",
  allow: "facilitator",
  async handle({ db, io, workshopId }, { text, tableId }) {
    const message: RoomMessage = { id: randomUUID(), text, tableId: tableId ?? null, at: Date.now() };
    if (!tableId) {
      io.to(rooms.workshop(workshopId)).emit("room:message", message);
      return { message, recipients: "all" };
    }
    const table = await db.workshopTable.findFirst({ where: { id: tableId, workshopId }, select: { id: true } });
    if (!table) throw new HandlerError("notFound", "no such table in this workshop");
    // Seats change during the meeting, so the recipients come from the database, not from
    // the table room the sockets joined when they connected.
    const seated = await db.participant.findMany({ where: { workshopId, tableId, removedAt: null }, select: { id: true } });
    io.to([rooms.facilitators(workshopId), ...seated.map((p) => rooms.participant(p.id))]).emit("room:message", message);
    return { message, recipients: seated.length };
  },
});
