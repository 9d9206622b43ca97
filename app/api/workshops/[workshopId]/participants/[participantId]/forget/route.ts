// POST: the facilitator forgets a participant who asked for it: their name goes from the
// participant list, their notes and the stored boards; their ballots stay counted.
import { requireWorkshopAccess } from "@/server/platform/auth/requestPrincipal";
import { asResponse } from "@/server/workshop/responses";
import { forgetAndCutOff } from "../../forgetAndCutOff";

export async function POST(req: Request, { params }: { params: Promise<{ workshopId: string; participantId: string }> }) {
  const { workshopId, participantId } = await params;
  const auth = await requireWorkshopAccess(req, workshopId, "facilitator");
  if (!auth.ok) return auth.response;
  return asResponse(() => forgetAndCutOff(workshopId, participantId));
}
