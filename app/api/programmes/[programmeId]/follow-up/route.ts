// GET /api/programmes/<id>/follow-up: the follow-up view across the programme's workshops (members).
import { followUpThresholdsSchema } from "@/lib/domain/followUp/followUp";
import { getDb } from "@/server/platform/db/client";
import { errorResponse } from "@/server/platform/http/json";
import { asResponse } from "@/server/workshop/responses";
import { followUpContext } from "@/server/workshop/followUp/context";
import { followUpOverview } from "@/server/workshop/followUp/overview";
import { programmeWorkshopIds } from "@/server/workshop/followUp/scopes";
import { requireProgrammeAccess } from "@/server/workshop/programmes/requireProgrammeAccess";

type Context = { params: Promise<{ programmeId: string }> };

export async function GET(req: Request, { params }: Context) {
  const { programmeId } = await params;
  const auth = await requireProgrammeAccess(req, programmeId, "facilitator");
  if (!auth.ok) return auth.response;
  const thresholds = followUpThresholdsSchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!thresholds.success) return errorResponse(400, "invalidInput", thresholds.error.issues.map((i) => ({ path: i.path.join("."), code: i.message })));
  return asResponse(async () => {
    const { ids } = await programmeWorkshopIds(getDb(), programmeId);
    return followUpOverview(followUpContext(), { kind: "programme", id: programmeId }, ids, thresholds.data);
  });
}
