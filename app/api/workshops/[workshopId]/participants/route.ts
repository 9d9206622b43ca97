// GET: the workshop's participants, for its facilitators.
import { getDb } from "@/server/platform/db/client";
import { requireWorkshopAccess } from "@/server/platform/auth/requestPrincipal";
import { listParticipants } from "@/server/room/participants";

export async function GET(req: Request, { params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const auth = await requireWorkshopAccess(req, workshopId, "facilitator");
  if (!auth.ok) return auth.response;
  return Response.json({ participants: await listParticipants(getDb(), workshopId) });
}
