// POST: a participant asks to be forgotten, from their own device. The same as the
// facilitator's "forget" (server/workshop/forget.ts); their cookie stops working after it.
import { getDb } from "@/server/platform/db/client";
import { requireWorkshopAccess } from "@/server/platform/auth/requestPrincipal";
import { errorResponse } from "@/server/platform/http/json";
import { getRuntime } from "@/server/realtime/runtime";
import { disconnectParticipant, publishRoomFromHttp } from "@/server/room/publishFromHttp";
import { publishProgressFromHttp } from "@/server/voting/publish";
import { forgetParticipant } from "@/server/workshop/forget";
import { asResponse } from "@/server/workshop/responses";

export async function POST(req: Request, { params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const auth = await requireWorkshopAccess(req, workshopId, "participant");
  if (!auth.ok) return auth.response;
  const principal = auth.principal;
  if (principal.kind !== "participant") return errorResponse(403, "forbidden", "only a participant can ask to be forgotten");
  const participantId = principal.participantId;
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
