import { getDb } from "@/server/platform/db/client";
import { requireUser } from "@/server/platform/auth/requestPrincipal";
import { readJson } from "@/server/platform/http/json";
import { createWorkshopSchema } from "@/server/workshop/input";
import { asResponse } from "@/server/workshop/responses";
import { createWorkshop, listWorkshops } from "@/server/workshop/workshops";

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
