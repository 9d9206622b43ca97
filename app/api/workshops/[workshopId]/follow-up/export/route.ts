// GET: the workshop's follow-up view as a spreadsheet (facilitators), with the owners' links.
import { requireWorkshopAccess } from "@/server/platform/auth/requestPrincipal";
import { followUpFile } from "@/server/report/followUp/followUpSheet";
import { download } from "@/server/platform/http/download";
import { asResponse } from "@/server/workshop/responses";
import { followUpContext } from "@/server/workshop/followUp/context";
import { followUpOverview } from "@/server/workshop/followUp/overview";
import { readThresholds } from "@/server/workshop/followUp/thresholds";

type Context = { params: Promise<{ workshopId: string }> };

export async function GET(req: Request, { params }: Context) {
  const { workshopId } = await params;
  const auth = await requireWorkshopAccess(req, workshopId, "facilitator");
  if (!auth.ok) return auth.response;
  const thresholds = readThresholds(req);
  if (!thresholds.ok) return thresholds.response;
  return asResponse(async () => {
    const context = followUpContext();
    const workshop = await context.db.workshop.findUniqueOrThrow({ where: { id: workshopId }, select: { title: true, language: true } });
    const { rows } = await followUpOverview(context, { kind: "workshop", id: workshopId }, [workshopId], thresholds.data);
    return download(await followUpFile(rows, workshop.language, workshop.title));
  });
}
