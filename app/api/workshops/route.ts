import { getDb } from "@/server/db/client";
import { requireUser } from "@/server/auth/requestPrincipal";
import { readJson } from "@/server/http/json";
import { createWorkshopSchema } from "@/server/services/workshopInput";
import { asResponse } from "@/server/services/workshopResponses";
import { createWorkshop, listWorkshops } from "@/server/services/workshops";

export async function GET(req: Request) {
  const auth = await requireUser(req);
  if (!auth.ok) return auth.response;
  return asResponse(async () => ({ workshops: await listWorkshops(getDb(), auth.user.userId) }));
}

export async function POST(req: Request) {
  const auth = await requireUser(req);
  if (!auth.ok) return auth.response;
  const body = await readJson(req, createWorkshopSchema);
  if (!body.ok) return body.response;
  return asResponse(async () => ({ workshop: await createWorkshop(getDb(), body.data, auth.user.userId) }), 201);
}
