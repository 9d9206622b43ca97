// /workshops/<id>/follow-up: the organiser's follow-up view of one workshop (facilitators).
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { FollowUpMeetingForm } from "@/components/followUp/FollowUpMeetingForm";
import { FollowUpView } from "@/components/followUp/FollowUpView";
import { accessToWorkshop } from "@/server/platform/auth/authenticate";
import { currentUser } from "@/server/platform/auth/requestPrincipal";
import { getDb } from "@/server/platform/db/client";
import { followUpContext } from "@/server/workshop/followUp/context";
import { followUpOverview } from "@/server/workshop/followUp/overview";
import { DEFAULT_DUE_SOON_DAYS, DEFAULT_STALLED_WEEKS } from "@/lib/domain/followUp/followUp";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("followUp"))("view.title") };
}

export default async function WorkshopFollowUpPage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=/workshops/${workshopId}/follow-up`);
  const t = await getTranslations("followUp");
  const db = getDb();
  const workshop = (await accessToWorkshop(db, user, workshopId)) === "facilitator" ? await db.workshop.findUnique({ where: { id: workshopId }, select: { title: true } }) : null;
  if (!workshop) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-10">
        <h1 className="text-3xl font-bold">{t("view.title")}</h1>
        <p className="mt-3 text-xl">{t("view.noAccess")}</p>
      </div>
    );
  }
  const overview = await followUpOverview(followUpContext(), { kind: "workshop", id: workshopId }, [workshopId], { stalledWeeks: DEFAULT_STALLED_WEEKS, dueSoonDays: DEFAULT_DUE_SOON_DAYS });
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-6">
      <div>
        <p className="text-lg text-muted">{workshop.title}</p>
        <h1 className="text-4xl font-bold">{t("view.title")}</h1>
      </div>
      <p className="max-w-4xl text-lg">{t("view.intro")}</p>
      <FollowUpView source={`/api/workshops/${workshopId}/follow-up`} exportHref={`/api/workshops/${workshopId}/follow-up/export`} workshopIds={[workshopId]} initial={overview} showWorkshop={false} />
      <FollowUpMeetingForm workshopId={workshopId} defaultTitle={t("meeting.defaultTitle", { title: workshop.title })} />
    </div>
  );
}
