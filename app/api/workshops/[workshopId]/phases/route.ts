import { getDb } from "@/server/db/client";
import { readJson } from "@/server/http/json";
import { notifyRoomChanged } from "@/server/services/workshopNotify";
import { phaseEditRequestSchema, editPhases } from "@/server/services/workshopPhases";
import { asFacilitator } from "@/server/services/workshopResponses";

type Context = { params: Promise<{ workshopId: string }> };

/** Body: { expectedIds: the phase ids the editor showed, edits: [...] } (see workshopPhases.ts). */
export async function POST(req: Request, { params }: Context) {
  const { workshopId } = await params;
  return asFacilitator(req, workshopId, async () => {
    const body = await readJson(req, phaseEditRequestSchema);
    if (!body.ok) return body.response;
    const phases = await editPhases(getDb(), workshopId, body.data);
    notifyRoomChanged(workshopId, "phases");
    return { phases };
  });
}
