import { requireUser } from "@/server/platform/auth/requestPrincipal";
import { getDb } from "@/server/platform/db/client";
import { errorResponse } from "@/server/platform/http/json";
import { z } from "zod";
import { archiveMaxBytes, importArchiveText } from "@/server/report/archive/archiveFiles";
import { retentionLimits } from "@/lib/domain/retention";

/** The imported workshop's own retention period, if the importer gives one. */
const querySchema = z.object({
  retentionMonths: z.coerce.number().int().min(retentionLimits.min, "tooSmall").max(retentionLimits.max, "tooLarge").optional(),
});

/**
 * POST /api/workshops/import[?retentionMonths=N] with a Samla archive (JSON) as the body:
 * 201 { workshopId }; 409 retentionPassed when its retention would already have run out.
 */
export async function POST(req: Request) {
  const auth = await requireUser(req);
  if (!auth.ok) return auth.response;
  const query = querySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!query.success) return errorResponse(400, "invalidInput", query.error.issues.map((i) => ({ path: i.path.join("."), code: i.message })));
  if (Number(req.headers.get("content-length") ?? 0) > archiveMaxBytes) return errorResponse(413, "payloadTooLarge");
  const text = await req.text();
  if (Buffer.byteLength(text) > archiveMaxBytes) return errorResponse(413, "payloadTooLarge");
  const outcome = await importArchiveText(getDb(), text, auth.user.userId, query.data.retentionMonths);
  if (!outcome.ok) return errorResponse(outcome.status, outcome.code, outcome.details);
  return Response.json({ workshopId: outcome.workshopId }, { status: 201 });
}
