// DELETE: the facilitator removes a participant; their cookie stops working at once and
// their open connections are closed. Their notes stay on the boards.
import { getDb } from "@/server/platform/db/client";
import { requireWorkshopAccess } from "@/server/platform/auth/requestPrincipal";
import { errorResponse } from "@/server/platform/http/json";
import { removeParticipant } from "@/server/room/participants";
import { disconnectParticipant, publishRoomFromHttp } from "@/server/room/publishFromHttp";
import { publishProgressFromHttp } from "@/server/voting/publish";

export async function DELETE(req: Request, { params }: { params: Promise<{ workshopId: string; participantId: string }> }) {
  const { workshopId, participantId } = await params;
  const auth = await requireWorkshopAccess(req, workshopId, "facilitator");
  if (!auth.ok) return auth.response;
  if (!(await removeParticipant(getDb(), workshopId, participantId))) return errorResponse(404, "notFound");
  await disconnectParticipant(participantId);
  await publishRoomFromHttp(workshopId);
  await publishProgressFromHttp(workshopId);
  return Response.json({ ok: true });
}
