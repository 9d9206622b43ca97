import { randomUUID } from "node:crypto";
import { z } from "zod";
import { defineHandler, HandlerError } from "../../realtime/handler";
import { rooms } from "../../realtime/rooms";
import type { RoomMessage } from "../../../lib/contract/room";
import { idSchema } from "../../realtime/input";

export const ROOM_MESSAGE_EVENT = "room:message";
export const BROADCAST_MAX = 500;

/** A message on every screen, or only on one table's (and the facilitators'). */
export const roomBroadcast = defineHandler({
  event: "room:broadcast",
  allow: "facilitator",
  input: z.object({ text: z.string().trim().min(1).max(BROADCAST_MAX), tableId: idSchema.nullable().optional() }).strict(),
  async handle({ db, io, workshopId }, { text, tableId }) {
    const message: RoomMessage = { id: randomUUID(), text, tableId: tableId ?? null, at: Date.now() };
    if (!tableId) {
      io.to(rooms.workshop(workshopId)).emit(ROOM_MESSAGE_EVENT, message);
      return { message, recipients: "all" };
    }
    const table = await db.workshopTable.findFirst({ where: { id: tableId, workshopId }, select: { id: true } });
    if (!table) throw new HandlerError("notFound", "no such table in this workshop");
    // Seats change during the meeting, so the recipients come from the database, not from
    // the table room the sockets joined when they connected.
    const seated = await db.participant.findMany({ where: { workshopId, tableId, removedAt: null }, select: { id: true } });
    io.to([rooms.facilitators(workshopId), ...seated.map((p) => rooms.participant(p.id))]).emit(ROOM_MESSAGE_EVENT, message);
    return { message, recipients: seated.length };
  },
});
