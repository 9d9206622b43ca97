import { z } from "zod";
import { getDb } from "@/server/platform/db/client";
import { setSignUpOpen } from "@/server/platform/auth/accounts";
import { requireUser } from "@/server/platform/auth/requestPrincipal";
import { readJson } from "@/server/platform/http/json";

const input = z.object({ signupOpen: z.boolean() });

export async function POST(req: Request) {
  const auth = await requireUser(req, "admin");
  if (!auth.ok) return auth.response;
  const body = await readJson(req, input);
  if (!body.ok) return body.response;
  await setSignUpOpen(getDb(), body.data.signupOpen);
  return Response.json({ ok: true, signupOpen: body.data.signupOpen });
}
