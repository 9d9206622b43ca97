import { getDb } from "@/server/platform/db/client";
import { requireWorkshopAccess } from "@/server/platform/auth/requestPrincipal";
import { roundHistory } from "@/server/voting/history";
import { asResponse } from "@/server/workshop/responses";

type Context = { params: Promise<{ workshopId: string }> };

/** All voting rounds of the workshop, newest first, with what the caller may see of the counts. */
export async function GET(req: Request, { params }: Context) {
  const { workshopId } = await params;
  const auth = await requireWorkshopAccess(req, workshopId, "any");
  if (!auth.ok) return auth.response;
  return asResponse(async () => ({ rounds: await roundHistory(getDb(), workshopId, auth.access) }));
}
