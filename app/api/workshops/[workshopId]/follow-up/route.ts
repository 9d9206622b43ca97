// GET /api/workshops/<id>/follow-up?stalledWeeks=4&dueSoonDays=14: every owned action's
// follow-up for the workshop's facilitators (the organiser's view).
import { followUpThresholdsSchema } from "@/lib/domain/followUp/followUp";
import { errorResponse } from "@/server/platform/http/json";
import { asFacilitator } from "@/server/workshop/responses";
import { followUpContext } from "@/server/workshop/followUp/context";
import { followUpOverview } from "@/server/workshop/followUp/overview";

type Context = { params: Promise<{ workshopId: string }> };

export async function GET(req: Request, { params }: Context) {
  const { workshopId } = await params;
  const thresholds = followUpThresholdsSchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!thresholds.success) return errorResponse(400, "invalidInput", thresholds.error.issues.map((i) => ({ path: i.path.join("."), code: i.message })));
  return asFacilitator(req, workshopId, async () => followUpOverview(followUpContext(), { kind: "workshop", id: workshopId }, [workshopId], thresholds.data));
}
