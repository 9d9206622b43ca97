import { getDb } from "@/server/platform/db/client";
import { getRuntime } from "@/server/realtime/runtime";
import { listCandidates } from "@/server/voting/candidates";
import { asFacilitator } from "@/server/workshop/responses";

type Context = { params: Promise<{ workshopId: string }> };

/** Focus areas on every board of the workshop, read live from the board documents. */
export async function GET(req: Request, { params }: Context) {
  const { workshopId } = await params;
  return asFacilitator(req, workshopId, async () => ({ boards: await listCandidates(getDb(), getRuntime().yjs, workshopId) }));
}
