// PUT: the administrator sets how many months a workshop is kept after its date by default.
import { z } from "zod";
import { getDb } from "@/server/platform/db/client";
import { requireUser } from "@/server/platform/auth/requestPrincipal";
import { readJson } from "@/server/platform/http/json";
import { setDefaultRetentionMonths } from "@/server/workshop/retention";
import { retentionLimits } from "@/lib/domain/retention";

const input = z.object({ months: z.number().int().min(retentionLimits.min, "tooSmall").max(retentionLimits.max, "tooLarge") }).strict();

export async function PUT(req: Request) {
  const auth = await requireUser(req, "admin");
  if (!auth.ok) return auth.response;
  const body = await readJson(req, input);
  if (!body.ok) return body.response;
  await setDefaultRetentionMonths(getDb(), body.data.months);
  return Response.json({ ok: true, months: body.data.months });
}
