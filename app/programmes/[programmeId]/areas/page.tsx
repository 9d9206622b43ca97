import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { AreaMatching } from "@/components/programme/AreaMatching";
import { currentUser } from "@/server/platform/auth/requestPrincipal";
import { getDb } from "@/server/platform/db/client";
import { programmeAccess } from "@/server/workshop/programmes/programmes";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("programme.areas"))("title") };
}

export default async function ProgrammeAreasPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=/programmes/${programmeId}/areas`);
  const access = await programmeAccess(getDb(), user, programmeId);
  if (!access) notFound();
  const programme = await getDb().programme.findUnique({ where: { id: programmeId }, select: { title: true } });
  const t = await getTranslations("programme.areas");
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <p>
        <Link href={`/programmes/${programmeId}`} className="text-brand-800 underline underline-offset-4">{t("back")}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-lg font-semibold">{programme?.title}</p>
      <p className="mt-2 max-w-prose">{t("lead")}</p>
      <AreaMatching programmeId={programmeId} canEdit={access === "organiser"} />
    </div>
  );
}
