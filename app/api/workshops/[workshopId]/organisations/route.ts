import { z } from "zod";
import { getDb } from "@/server/platform/db/client";
import { readJson } from "@/server/platform/http/json";
import { organisationListSchema } from "@/server/workshop/input";
import { notifyRoomChanged } from "@/server/room/notify";
import { setOrganisations } from "@/server/workshop/organisations";
import { asFacilitator } from "@/server/workshop/responses";

type Context = { params: Promise<{ workshopId: string }> };

const input = z.object({ organisations: organisationListSchema }).strict();

/** Replaces the workshop's organisation list (order as sent). */
export async function PUT(req: Request, { params }: Context) {
  const { workshopId } = await params;
  return asFacilitator(req, workshopId, async () => {
    const body = await readJson(req, input);
    if (!body.ok) return body.response;
    const organisations = await setOrganisations(getDb(), workshopId, body.data.organisations);
    notifyRoomChanged(workshopId, "organisations");
    return { organisations };
  });
}
