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

/** Cuts a removed (or forgotten) participant off everywhere at once: the room's sockets and every board connection. */
export async function disconnectParticipant(participantId: string, reason: "removed" | "forgotten" = "removed"): Promise<void> {
  const runtime = getRuntime();
  const theirs = runtime.io.in(rooms.participant(participantId));
  theirs.emit("room:removed", { reason });
  theirs.disconnectSockets(true);
  await runtime.yjs.disconnectParticipant(participantId);
}
