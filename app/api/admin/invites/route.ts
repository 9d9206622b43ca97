import { z } from "zod";
import { getConfig } from "@/server/platform/config";
import { getDb } from "@/server/platform/db/client";
import { createInvite } from "@/server/platform/auth/accounts";
import { requireUser } from "@/server/platform/auth/requestPrincipal";
import { readJson } from "@/server/platform/http/json";

const input = z.object({ email: z.email().optional() });

export async function POST(req: Request) {
  const auth = await requireUser(req, "admin");
  if (!auth.ok) return auth.response;
  const body = await readJson(req, input);
  if (!body.ok) return body.response;
  const invite = await createInvite(getDb(), auth.user.userId, body.data.email);
  const link = new URL(`/signup?invite=${invite.token}`, getConfig().publicUrl).toString();
  return Response.json({ ok: true, link, expiresAt: invite.expiresAt.toISOString() }, { status: 201 });
}
