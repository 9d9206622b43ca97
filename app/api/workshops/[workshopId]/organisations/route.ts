import { z } from "zod";
import { getDb } from "@/server/db/client";
import { readJson } from "@/server/http/json";
import { organisationListSchema } from "@/server/services/workshopInput";
import { notifyRoomChanged } from "@/server/services/workshopNotify";
import { setOrganisations } from "@/server/services/workshopOrganisations";
import { asFacilitator } from "@/server/services/workshopResponses";

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
