// What both ways of being forgotten (the participant's own request, the facilitator's button)
// do after the check of who asks: the forgetting itself (server/workshop/forget.ts, which also
// closes the board connections before it rewrites the boards), then the room's sockets with
// the reason, so their screen says they were forgotten, and the counts without them.
import { getDb } from "@/server/platform/db/client";
import { getRuntime } from "@/server/realtime/runtime";
import { closeRoomSockets, publishRoomFromHttp } from "@/server/room/publishFromHttp";
import { publishProgressFromHttp } from "@/server/voting/publish";
import { forgetParticipant } from "@/server/workshop/forget";

export async function forgetAndCutOff(workshopId: string, participantId: string) {
  const result = await forgetParticipant(getDb(), getRuntime().yjs, workshopId, participantId);
  closeRoomSockets(participantId, "forgotten");
  await publishRoomFromHttp(workshopId);
  await publishProgressFromHttp(workshopId);
  return { ok: true as const, ...result };
}
