import { getDb } from "@/server/platform/db/client";
import { asResponse } from "@/server/workshop/responses";
import { removeWorkshop } from "@/server/workshop/programmes/programmes";
import { requireProgrammeAccess } from "@/server/workshop/programmes/requireProgrammeAccess";

type Context = { params: Promise<{ programmeId: string; workshopId: string }> };

/** DELETE: the workshop leaves the programme (organisers only); it keeps all its own data. */
export async function DELETE(req: Request, { params }: Context) {
  const { programmeId, workshopId } = await params;
  const auth = await requireProgrammeAccess(req, programmeId, "organiser");
  if (!auth.ok) return auth.response;
  return asResponse(() => removeWorkshop(getDb(), programmeId, workshopId));
}
