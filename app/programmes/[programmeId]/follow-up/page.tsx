// /programmes/<id>/follow-up: the organiser's follow-up view across a programme's workshops.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { FollowUpView } from "@/components/followUp/FollowUpView";
import { currentUser } from "@/server/platform/auth/requestPrincipal";
import { getDb } from "@/server/platform/db/client";
import { followUpContext } from "@/server/workshop/followUp/context";
import { followUpOverview } from "@/server/workshop/followUp/overview";
import { programmeWorkshopIds } from "@/server/workshop/followUp/scopes";
import { programmeAccess } from "@/server/workshop/programmes/programmes";
import { DEFAULT_DUE_SOON_DAYS, DEFAULT_STALLED_WEEKS } from "@/lib/domain/followUp/followUp";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("followUp"))("view.title") };
}

export default async function ProgrammeFollowUpPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=/programmes/${programmeId}/follow-up`);
  const db = getDb();
  if (!(await programmeAccess(db, user, programmeId))) notFound();
  const t = await getTranslations("followUp");
  const { ids, title } = await programmeWorkshopIds(db, programmeId);
  const overview = await followUpOverview(followUpContext(), { kind: "programme", id: programmeId }, ids, { stalledWeeks: DEFAULT_STALLED_WEEKS, dueSoonDays: DEFAULT_DUE_SOON_DAYS });
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-6">
      <p>
        <Link href={`/programmes/${programmeId}`} className="text-brand-800 underline underline-offset-4">
          {title}
        </Link>
      </p>
      <h1 className="text-4xl font-bold">{t("view.title")}</h1>
      <p className="max-w-4xl text-lg">{t("view.intro")}</p>
      <FollowUpView source={`/api/programmes/${programmeId}/follow-up`} exportHref={`/api/programmes/${programmeId}/follow-up/export`} workshopIds={ids} initial={overview} showWorkshop />
    </div>
  );
}
