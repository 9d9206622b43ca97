import { getConfig } from "@/server/platform/config";
import { getDb } from "@/server/platform/db/client";
import { signUp, signUpInput } from "@/server/platform/auth/accounts";
import { readJson } from "@/server/platform/http/json";

export async function POST(req: Request) {
  // With password sign-in switched off, a password account could never be used.
  if (!getConfig().PASSWORD_SIGNIN) return Response.json({ error: "passwordSigninOff" }, { status: 403 });
  const body = await readJson(req, signUpInput);
  if (!body.ok) return body.response;
  const result = await signUp(getDb(), body.data, getConfig().SIGNUP_OPEN);
  if (!result.ok) return Response.json({ error: result.code }, { status: result.code === "emailTaken" ? 409 : 403 });
  return Response.json({ ok: true, role: result.role }, { status: 201 });
}
