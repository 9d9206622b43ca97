// POST: a participant asks to be forgotten, from their own device. The same as the
// facilitator's "forget" (server/workshop/forget.ts); their cookie stops working after it.
import { requireWorkshopAccess } from "@/server/platform/auth/requestPrincipal";
import { errorResponse } from "@/server/platform/http/json";
import { asResponse } from "@/server/workshop/responses";
import { forgetAndCutOff } from "../../forgetAndCutOff";

export async function POST(req: Request, { params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const auth = await requireWorkshopAccess(req, workshopId, "participant");
  if (!auth.ok) return auth.response;
  const principal = auth.principal;
  if (principal.kind !== "participant") return errorResponse(403, "forbidden", "only a participant can ask to be forgotten");
  const participantId = principal.participantId;
  return asResponse(() => forgetAndCutOff(workshopId, participantId));
}
