// POST { title, date?, place? }: a follow-up meeting of this workshop (its facilitators): a new
// workshop whose first board holds this one's chains with their current status.
import { readJson } from "@/server/platform/http/json";
import { requireWorkshopAccess } from "@/server/platform/auth/requestPrincipal";
import { getDb } from "@/server/platform/db/client";
import { getRuntime } from "@/server/realtime/runtime";
import { asResponse } from "@/server/workshop/responses";
import { createFollowUpMeeting, followUpMeetingSchema } from "@/server/workshop/followUp/followUpMeeting";

type Context = { params: Promise<{ workshopId: string }> };

export async function POST(req: Request, { params }: Context) {
  const { workshopId } = await params;
  const auth = await requireWorkshopAccess(req, workshopId, "facilitator");
  if (!auth.ok) return auth.response;
  if (auth.principal.kind !== "user") return Response.json({ error: "forbidden" }, { status: 403 });
  const body = await readJson(req, followUpMeetingSchema, 8 * 1024);
  if (!body.ok) return body.response;
  const ownerId = auth.principal.userId;
  return asResponse(async () => ({ workshop: await createFollowUpMeeting(getDb(), getRuntime().yjs, workshopId, body.data, ownerId) }), 201);
}
