import { getDb } from "@/server/platform/db/client";
import { readJson } from "@/server/platform/http/json";
import { notifyRoomChanged } from "@/server/room/notify";
import { phaseEditRequestSchema, editPhases } from "@/server/workshop/phases";
import { asFacilitator } from "@/server/workshop/responses";

type Context = { params: Promise<{ workshopId: string }> };

/** Body: { expectedIds: the phase ids the editor showed, edits: [...] } (see server/workshop/phases.ts). */
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
