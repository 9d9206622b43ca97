import { getDb } from "@/server/platform/db/client";
import { readJson } from "@/server/platform/http/json";
import { updateWorkshopSchema } from "@/server/workshop/input";
import { notifyRoomChanged } from "@/server/room/notify";
import { setSilentWriting } from "@/server/room/silentWriting";
import { getRuntime } from "@/server/realtime/runtime";
import { asFacilitator } from "@/server/workshop/responses";
import { deleteWorkshop, getWorkshopDetail, updateWorkshop } from "@/server/workshop/workshops";

type Context = { params: Promise<{ workshopId: string }> };

export async function GET(req: Request, { params }: Context) {
  const { workshopId } = await params;
  return asFacilitator(req, workshopId, async () => ({ workshop: await getWorkshopDetail(getDb(), workshopId) }));
}

export async function PATCH(req: Request, { params }: Context) {
  const { workshopId } = await params;
  return asFacilitator(req, workshopId, async () => {
    const body = await readJson(req, updateWorkshopSchema);
    if (!body.ok) return body.response;
    // Closing ends any silent writing: what was written in silence goes onto the shared boards,
    // so the report and the archive of a closed workshop hold every note.
    if (body.data.status === "closed") await setSilentWriting(getDb(), getRuntime().yjs, workshopId, false);
    const workshop = await updateWorkshop(getDb(), workshopId, body.data);
    notifyRoomChanged(workshopId, "details");
    return { workshop };
  });
}

export async function DELETE(req: Request, { params }: Context) {
  const { workshopId } = await params;
  return asFacilitator(req, workshopId, async () => {
    await deleteWorkshop(getDb(), workshopId);
    return { ok: true };
  });
}
