// POST: the facilitator forgets a participant who asked for it: their name goes from the
// participant list, their notes and the stored boards; their ballots stay counted.
import { getDb } from "@/server/platform/db/client";
import { requireWorkshopAccess } from "@/server/platform/auth/requestPrincipal";
import { getRuntime } from "@/server/realtime/runtime";
import { disconnectParticipant, publishRoomFromHttp } from "@/server/room/publishFromHttp";
import { publishProgressFromHttp } from "@/server/voting/publish";
import { forgetParticipant } from "@/server/workshop/forget";
import { asResponse } from "@/server/workshop/responses";

export async function POST(req: Request, { params }: { params: Promise<{ workshopId: string; participantId: string }> }) {
  const { workshopId, participantId } = await params;
  const auth = await requireWorkshopAccess(req, workshopId, "facilitator");
  if (!auth.ok) return auth.response;
  return asResponse(async () => {
    const result = await forgetParticipant(getDb(), getRuntime().yjs, workshopId, participantId);
    // The room's sockets too (forgetParticipant closes the board connections), with the reason,
    // so their screen says they were forgotten; the counts drop them like a removal.
    await disconnectParticipant(participantId, "forgotten");
    await publishRoomFromHttp(workshopId);
    await publishProgressFromHttp(workshopId);
    return { ok: true, ...result };
  });
}
