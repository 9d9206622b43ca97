// PATCH: a participant changes their own name, organisation or sector.
import { getDb } from "@/server/platform/db/client";
import { requireWorkshopAccess } from "@/server/platform/auth/requestPrincipal";
import { errorResponse, readJson } from "@/server/platform/http/json";
import { profileSchema, updateProfile } from "@/server/room/participants";
import { publishRoomFromHttp } from "@/server/room/publishFromHttp";

export async function PATCH(req: Request, { params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const auth = await requireWorkshopAccess(req, workshopId, "participant");
  if (!auth.ok) return auth.response;
  if (auth.principal.kind !== "participant" || auth.principal.role !== "participant") return errorResponse(403, "forbidden", "only participants have a profile");
  const body = await readJson(req, profileSchema.strict(), 8 * 1024);
  if (!body.ok) return body.response;
  await updateProfile(getDb(), auth.principal.participantId, body.data);
  await publishRoomFromHttp(workshopId);
  return Response.json({ ok: true, profile: body.data });
}
