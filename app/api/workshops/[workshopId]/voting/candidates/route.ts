import { getDb } from "@/server/db/client";
import { getRuntime } from "@/server/runtime";
import { listCandidates } from "@/server/services/votingCandidates";
import { asFacilitator } from "@/server/services/workshopResponses";

type Context = { params: Promise<{ workshopId: string }> };

/** Focus areas on every board of the workshop, read live from the board documents. */
export async function GET(req: Request, { params }: Context) {
  const { workshopId } = await params;
  return asFacilitator(req, workshopId, async () => ({ boards: await listCandidates(getDb(), getRuntime().yjs, workshopId) }));
}
