import { getDb } from "@/server/db/client";
import { readJson } from "@/server/http/json";
import { updateWorkshopSchema } from "@/server/services/workshopInput";
import { notifyRoomChanged } from "@/server/services/workshopNotify";
import { asFacilitator } from "@/server/services/workshopResponses";
import { deleteWorkshop, getWorkshopDetail, updateWorkshop } from "@/server/services/workshops";

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
