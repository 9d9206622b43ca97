import { getDb } from "@/server/platform/db/client";
import { errorResponse, readJson } from "@/server/platform/http/json";
import { getRuntime } from "@/server/realtime/runtime";
import { preloadFindings } from "@/server/workshop/findings";
import { FINDINGS_MAX_BYTES, findingsRequestSchema, parseFindings } from "@/server/workshop/findingsParse";
import { asFacilitator } from "@/server/workshop/responses";

type Context = { params: Promise<{ workshopId: string }> };

/** Body: { boardId, format: "lines" | "csv", text, colour? }. All lines land, or none. */
export async function POST(req: Request, { params }: Context) {
  const { workshopId } = await params;
  return asFacilitator(
    req,
    workshopId,
    async () => {
      // JSON escaping can double the size of Norwegian text; allow for it at the edge.
      const body = await readJson(req, findingsRequestSchema, FINDINGS_MAX_BYTES * 2 + 4096);
      if (!body.ok) return body.response;
      const parsed = parseFindings(body.data.format, body.data.text);
      if (!parsed.ok) return errorResponse(400, parsed.error.code, parsed.error);
      return preloadFindings(getDb(), getRuntime().yjs, workshopId, body.data.boardId, parsed.findings, body.data.colour ?? null);
    },
    201,
  );
}
