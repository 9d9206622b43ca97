// GET /api/workshops/<id>/follow-up?stalledWeeks=4&dueSoonDays=14: every owned action's
// follow-up for the workshop's facilitators (the organiser's view).
import { asFacilitator } from "@/server/workshop/responses";
import { followUpContext } from "@/server/workshop/followUp/context";
import { followUpOverview } from "@/server/workshop/followUp/overview";
import { readThresholds } from "@/server/workshop/followUp/thresholds";

type Context = { params: Promise<{ workshopId: string }> };

export async function GET(req: Request, { params }: Context) {
  const { workshopId } = await params;
  const thresholds = readThresholds(req);
  if (!thresholds.ok) return thresholds.response;
  return asFacilitator(req, workshopId, async () => followUpOverview(followUpContext(), { kind: "workshop", id: workshopId }, [workshopId], thresholds.data));
}
