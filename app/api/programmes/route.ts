import { requireUser } from "@/server/platform/auth/requestPrincipal";
import { getDb } from "@/server/platform/db/client";
import { readJson } from "@/server/platform/http/json";
import { asResponse } from "@/server/workshop/responses";
import { createProgrammeSchema } from "@/server/workshop/programmes/input";
import { createProgramme, listProgrammes } from "@/server/workshop/programmes/programmes";

/** GET: the caller's programmes. POST { title, description?, language }: a new one; the caller organises it. */
export async function GET(req: Request) {
  const auth = await requireUser(req);
  if (!auth.ok) return auth.response;
  return asResponse(async () => ({ programmes: await listProgrammes(getDb(), auth.user) }));
}

export async function POST(req: Request) {
  const auth = await requireUser(req);
  if (!auth.ok) return auth.response;
  const body = await readJson(req, createProgrammeSchema);
  if (!body.ok) return body.response;
  return asResponse(async () => ({ programme: await createProgramme(getDb(), body.data, auth.user.userId) }), 201);
}
