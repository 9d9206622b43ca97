import { getDb } from "@/server/platform/db/client";
import { readJson } from "@/server/platform/http/json";
import { changeTables, tableRequestSchema } from "@/server/workshop/tables";
import { notifyRoomChanged } from "@/server/room/notify";
import { asFacilitator } from "@/server/workshop/responses";

type Context = { params: Promise<{ workshopId: string }> };

/** Body: one of assign | add | rename | remove | move (see server/workshop/tables.ts). */
export async function POST(req: Request, { params }: Context) {
  const { workshopId } = await params;
  return asFacilitator(req, workshopId, async () => {
    const body = await readJson(req, tableRequestSchema);
    if (!body.ok) return body.response;
    const result = await changeTables(getDb(), workshopId, body.data);
    notifyRoomChanged(workshopId, "tables");
    return result;
  });
}
