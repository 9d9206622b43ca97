// GET: the programme's follow-up view as a spreadsheet (members), with the owners' links.
import { getDb } from "@/server/platform/db/client";
import { followUpFile } from "@/server/report/followUp/followUpSheet";
import { download } from "@/server/platform/http/download";
import { asResponse } from "@/server/workshop/responses";
import { followUpContext } from "@/server/workshop/followUp/context";
import { followUpOverview } from "@/server/workshop/followUp/overview";
import { programmeWorkshopIds } from "@/server/workshop/followUp/scopes";
import { readThresholds } from "@/server/workshop/followUp/thresholds";
import { requireProgrammeAccess } from "@/server/workshop/programmes/requireProgrammeAccess";

type Context = { params: Promise<{ programmeId: string }> };

export async function GET(req: Request, { params }: Context) {
  const { programmeId } = await params;
  const auth = await requireProgrammeAccess(req, programmeId, "facilitator");
  if (!auth.ok) return auth.response;
  const thresholds = readThresholds(req);
  if (!thresholds.ok) return thresholds.response;
  return asResponse(async () => {
    const { ids, title, language } = await programmeWorkshopIds(getDb(), programmeId);
    const { rows } = await followUpOverview(followUpContext(), { kind: "programme", id: programmeId }, ids, thresholds.data);
    return download(await followUpFile(rows, language, title));
  });
}
