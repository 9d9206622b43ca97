import { getDb } from "@/server/platform/db/client";
import { asResponse } from "@/server/workshop/responses";
import { removeMember } from "@/server/workshop/programmes/programmes";
import { requireProgrammeAccess } from "@/server/workshop/programmes/requireProgrammeAccess";

type Context = { params: Promise<{ programmeId: string; userId: string }> };

export async function DELETE(req: Request, { params }: Context) {
  const { programmeId, userId } = await params;
  const auth = await requireProgrammeAccess(req, programmeId, "organiser");
  if (!auth.ok) return auth.response;
  return asResponse(() => removeMember(getDb(), programmeId, userId));
}
