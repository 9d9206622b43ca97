import { accessToWorkshop } from "@/server/platform/auth/authenticate";
import { getDb } from "@/server/platform/db/client";
import { readJson } from "@/server/platform/http/json";
import { getRuntime } from "@/server/realtime/runtime";
import { asResponse } from "@/server/workshop/responses";
import { addWorkshopSchema } from "@/server/workshop/programmes/input";
import { addWorkshop } from "@/server/workshop/programmes/programmes";
import { requireProgrammeAccess } from "@/server/workshop/programmes/requireProgrammeAccess";

type Context = { params: Promise<{ programmeId: string }> };

/**
 * POST { from: "copy", fromWorkshopId, title, date?, place? } | { from: "template", method, title,
 * date?, place? } | { from: "existing", workshopId }: organisers only; a copied or joining
 * workshop must be one the caller facilitates.
 */
export async function POST(req: Request, { params }: Context) {
  const { programmeId } = await params;
  const auth = await requireProgrammeAccess(req, programmeId, "organiser");
  if (!auth.ok) return auth.response;
  const body = await readJson(req, addWorkshopSchema);
  if (!body.ok) return body.response;
  const db = getDb();
  const canSee = async (workshopId: string) => (await accessToWorkshop(db, auth.principal, workshopId)) === "facilitator";
  return asResponse(async () => ({ workshop: await addWorkshop(db, getRuntime().yjs, programmeId, body.data, auth.principal.userId, canSee) }), 201);
}
