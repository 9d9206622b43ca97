import { getDb } from "@/server/platform/db/client";
import { readJson } from "@/server/platform/http/json";
import { asResponse } from "@/server/workshop/responses";
import { memberSchema } from "@/server/workshop/programmes/input";
import { addMember } from "@/server/workshop/programmes/programmes";
import { requireProgrammeAccess } from "@/server/workshop/programmes/requireProgrammeAccess";

type Context = { params: Promise<{ programmeId: string }> };

/** POST { email, role }: adds an account as facilitator or organiser (organisers only). */
export async function POST(req: Request, { params }: Context) {
  const { programmeId } = await params;
  const auth = await requireProgrammeAccess(req, programmeId, "organiser");
  if (!auth.ok) return auth.response;
  const body = await readJson(req, memberSchema);
  if (!body.ok) return body.response;
  return asResponse(async () => ({ member: await addMember(getDb(), programmeId, body.data) }), 201);
}
