// An owner's follow-up link, for the workshop's facilitators: DELETE withdraws it (the owner's
// page and calendar feed then refuse it), POST withdraws it and makes a new one.
import { asFacilitator } from "@/server/workshop/responses";
import { getConfig } from "@/server/platform/config";
import { getDb } from "@/server/platform/db/client";
import { linkView, renewLink, revokeLink } from "@/server/workshop/followUp/links";
import { publishFollowUpChange } from "@/server/workshop/followUp/publish";

type Context = { params: Promise<{ workshopId: string; linkId: string }> };

export async function DELETE(req: Request, { params }: Context) {
  const { workshopId, linkId } = await params;
  return asFacilitator(req, workshopId, async () => {
    await revokeLink(getDb(), workshopId, linkId);
    const link = await getDb().followUpLink.findUniqueOrThrow({ where: { id: linkId } });
    publishFollowUpChange(workshopId, link);
    return { ok: true };
  });
}

export async function POST(req: Request, { params }: Context) {
  const { workshopId, linkId } = await params;
  return asFacilitator(req, workshopId, async () => {
    const config = getConfig();
    const link = await renewLink(getDb(), workshopId, linkId);
    publishFollowUpChange(workshopId, link);
    return { link: linkView(config.authSecret, config.publicUrl, link) };
  });
}
