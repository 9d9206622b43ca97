import { getTranslations } from "next-intl/server";
import { WorkshopNav } from "@/components/workshop/WorkshopNav";
import { getDb } from "@/server/platform/db/client";
import { accessToWorkshop } from "@/server/platform/auth/authenticate";
import { currentUser } from "@/server/platform/auth/requestPrincipal";

/**
 * Every facilitator page of one workshop shares a navigation bar: preparation, running the
 * room, prioritising, action chains, the report, and the projector. Pages check access
 * themselves; the bar is only drawn for the workshop's facilitators.
 */
export default async function WorkshopLayout({ children, params }: { children: React.ReactNode; params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const user = await currentUser();
  const access = user ? await accessToWorkshop(getDb(), user, workshopId) : null;
  if (access !== "facilitator") return <>{children}</>;
  const workshop = await getDb().workshop.findUnique({ where: { id: workshopId }, select: { title: true } });
  const t = await getTranslations("workshopNav");
  return (
    <>
      <WorkshopNav
        workshopId={workshopId}
        title={workshop?.title ?? ""}
        labels={{ nav: t("label"), setup: t("setup"), run: t("run"), vote: t("vote"), chains: t("chains"), followUp: t("followUp"), export: t("export"), present: t("present"), opensNewTab: t("opensNewTab") }}
      />
      {children}
    </>
  );
}
