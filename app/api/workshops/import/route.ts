import { requireUser } from "@/server/platform/auth/requestPrincipal";
import { getDb } from "@/server/platform/db/client";
import { errorResponse } from "@/server/platform/http/json";
import { archiveMaxBytes, importArchiveText } from "@/server/report/archive/archiveFiles";

/** POST /api/workshops/import with a Samla archive (JSON) as the body: 201 { workshopId }. */
export async function POST(req: Request) {
  const auth = await requireUser(req);
  if (!auth.ok) return auth.response;
  if (Number(req.headers.get("content-length") ?? 0) > archiveMaxBytes) return errorResponse(413, "payloadTooLarge");
  const text = await req.text();
  if (Buffer.byteLength(text) > archiveMaxBytes) return errorResponse(413, "payloadTooLarge");
  const outcome = await importArchiveText(getDb(), text, auth.user.userId);
  if (!outcome.ok) return errorResponse(outcome.status, outcome.code, outcome.details);
  return Response.json({ workshopId: outcome.workshopId }, { status: 201 });
}
