// Route handlers change the room too (a removal from the participant list): they reach the
// live socket.io server through the runtime and publish the same way socket handlers do.
import { getRuntime } from "../realtime/runtime";
import { getDb } from "../platform/db/client";
import { rooms } from "../realtime/rooms";
import { log } from "../platform/log";
import { publishRoomState, schedulePresencePublish } from "./state";

export async function publishRoomFromHttp(workshopId: string): Promise<void> {
  try {
    await publishRoomState(getDb(), getRuntime().io, workshopId);
  } catch (error) {
    log.error(`room publish from HTTP failed for ${workshopId}`, error);
  }
}

/** A change that only moves the counts (someone new joined): batched with the room's presence. */
export function schedulePresenceFromHttp(workshopId: string): void {
  try {
    schedulePresencePublish(getDb(), getRuntime().io, workshopId);
  } catch (error) {
    log.error(`presence publish from HTTP failed for ${workshopId}`, error);
  }
}

/** Tells a participant's room sockets why they are cut off, then closes them. */
export function closeRoomSockets(participantId: string, reason: "removed" | "forgotten"): void {
  const theirs = getRuntime().io.in(rooms.participant(participantId));
  theirs.emit("room:removed", { reason });
  theirs.disconnectSockets(true);
}

/** Cuts a removed participant off everywhere at once: the room's sockets and every board connection. */
export async function disconnectParticipant(participantId: string): Promise<void> {
  closeRoomSockets(participantId, "removed");
  await getRuntime().yjs.disconnectParticipant(participantId);
}
