// GET: the programme's follow-up view as a spreadsheet (members), with the owners' links.
import { followUpThresholdsSchema } from "@/lib/domain/followUp/followUp";
import { getDb } from "@/server/platform/db/client";
import { errorResponse } from "@/server/platform/http/json";
import { followUpXlsx } from "@/server/report/followUp/followUpSheet";
import { asResponse } from "@/server/workshop/responses";
import { followUpContext } from "@/server/workshop/followUp/context";
import { followUpOverview } from "@/server/workshop/followUp/overview";
import { programmeWorkshopIds } from "@/server/workshop/followUp/scopes";
import { requireProgrammeAccess } from "@/server/workshop/programmes/requireProgrammeAccess";

type Context = { params: Promise<{ programmeId: string }> };

export async function GET(req: Request, { params }: Context) {
  const { programmeId } = await params;
  const auth = await requireProgrammeAccess(req, programmeId, "facilitator");
  if (!auth.ok) return auth.response;
  const thresholds = followUpThresholdsSchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!thresholds.success) return errorResponse(400, "invalidInput");
  return asResponse(async () => {
    const { ids, title, language } = await programmeWorkshopIds(getDb(), programmeId);
    const { rows } = await followUpOverview(followUpContext(), { kind: "programme", id: programmeId }, ids, thresholds.data);
    const body = await followUpXlsx(rows, language, title);
    return new Response(new Uint8Array(body), {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="oppfolging.xlsx"`,
        "cache-control": "no-store",
      },
    });
  });
}
