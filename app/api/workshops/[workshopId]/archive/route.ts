import { z } from "zod";
import { getDb } from "@/server/platform/db/client";
import { readJson } from "@/server/platform/http/json";
import { notifyRoomChanged } from "@/server/room/notify";
import { asFacilitator } from "@/server/workshop/responses";
import { setArchived } from "@/server/workshop/workshops";

type Context = { params: Promise<{ workshopId: string }> };

const input = z.object({ archived: z.boolean() }).strict();

export async function POST(req: Request, { params }: Context) {
  const { workshopId } = await params;
  return asFacilitator(req, workshopId, async () => {
    const body = await readJson(req, input);
    if (!body.ok) return body.response;
    const workshop = await setArchived(getDb(), workshopId, body.data.archived);
    notifyRoomChanged(workshopId, "details");
    return { workshop };
  });
}
