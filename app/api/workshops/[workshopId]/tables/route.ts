import { getDb } from "@/server/db/client";
import { readJson } from "@/server/http/json";
import { changeTables, tableRequestSchema } from "@/server/services/tables";
import { notifyRoomChanged } from "@/server/services/workshopNotify";
import { asFacilitator } from "@/server/services/workshopResponses";

type Context = { params: Promise<{ workshopId: string }> };

/** Body: one of assign | add | rename | remove | move (see server/services/tables.ts). */
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
