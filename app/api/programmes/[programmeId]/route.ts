import { getDb } from "@/server/platform/db/client";
import { asResponse } from "@/server/workshop/responses";
import { getProgramme } from "@/server/workshop/programmes/programmes";
import { requireProgrammeAccess } from "@/server/workshop/programmes/requireProgrammeAccess";

type Context = { params: Promise<{ programmeId: string }> };

/** GET: the programme with its workshops, members and links (members only). */
export async function GET(req: Request, { params }: Context) {
  const { programmeId } = await params;
  const auth = await requireProgrammeAccess(req, programmeId, "facilitator");
  if (!auth.ok) return auth.response;
  return asResponse(async () => ({ programme: await getProgramme(getDb(), programmeId), access: auth.access }));
}
