// GET: the workshop's follow-up view as a spreadsheet (facilitators), with the owners' links.
import { followUpThresholdsSchema } from "@/lib/domain/followUp/followUp";
import { requireWorkshopAccess } from "@/server/platform/auth/requestPrincipal";
import { errorResponse } from "@/server/platform/http/json";
import { followUpXlsx } from "@/server/report/followUp/followUpSheet";
import { asResponse } from "@/server/workshop/responses";
import { followUpContext } from "@/server/workshop/followUp/context";
import { followUpOverview } from "@/server/workshop/followUp/overview";

type Context = { params: Promise<{ workshopId: string }> };

export async function GET(req: Request, { params }: Context) {
  const { workshopId } = await params;
  const auth = await requireWorkshopAccess(req, workshopId, "facilitator");
  if (!auth.ok) return auth.response;
  const thresholds = followUpThresholdsSchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!thresholds.success) return errorResponse(400, "invalidInput");
  return asResponse(async () => {
    const context = followUpContext();
    const workshop = await context.db.workshop.findUniqueOrThrow({ where: { id: workshopId }, select: { title: true, language: true } });
    const { rows } = await followUpOverview(context, { kind: "workshop", id: workshopId }, [workshopId], thresholds.data);
    const body = await followUpXlsx(rows, workshop.language, workshop.title);
    return new Response(new Uint8Array(body), {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="oppfolging.xlsx"`,
        "cache-control": "no-store",
      },
    });
  });
}
