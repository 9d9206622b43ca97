// Who may enter through the identity provider, as an admin sets it (/admin). GET: the rules
// in force; PUT: save new ones (they replace the environment's); DELETE: back to the environment.
import { getConfig } from "@/server/platform/config";
import { getDb } from "@/server/platform/db/client";
import { accessRulesInput, loadAccessRules, resetAccessRules, saveAccessRules } from "@/server/platform/auth/oidc/accessRules";
import { requireUser } from "@/server/platform/auth/requestPrincipal";
import { readJson } from "@/server/platform/http/json";

async function current() {
  return Response.json(await loadAccessRules(getDb(), getConfig()));
}

export async function GET(req: Request) {
  const auth = await requireUser(req, "admin");
  if (!auth.ok) return auth.response;
  return current();
}

export async function PUT(req: Request) {
  const auth = await requireUser(req, "admin");
  if (!auth.ok) return auth.response;
  const body = await readJson(req, accessRulesInput);
  if (!body.ok) return body.response;
  await saveAccessRules(getDb(), body.data);
  return current();
}

export async function DELETE(req: Request) {
  const auth = await requireUser(req, "admin");
  if (!auth.ok) return auth.response;
  await resetAccessRules(getDb());
  return current();
}
