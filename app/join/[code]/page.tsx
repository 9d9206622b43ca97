import { cookies } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getConfig } from "@/server/platform/config";
import { getDb } from "@/server/platform/db/client";
import { participantCookieName } from "@/server/platform/auth/participantToken";
import { checkJoinCode, formatJoinCode } from "@/lib/domain/joinCode";
import { findWorkshopByCode, participantFromDeviceToken } from "@/server/room/participants";
import { defaultRetentionMonths } from "@/server/workshop/retention";
import { deletionDate } from "@/lib/domain/retention";
import { JoinForm } from "@/components/room/JoinForm";
import { JoinCodeForm } from "@/components/workshop/JoinCodeForm";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("join"))("metaTitle") };
}

/** `retry` shows the code field again, holding what was typed and marked as wrong. */
function Problem({ title, text, retry }: { title: string; text: string; retry?: { typed: string } }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p role="alert" id="join-code-error" className="mt-3 text-xl">
        {text}
      </p>
      {retry && <JoinCodeForm initial={retry.typed} errorId="join-code-error" />}
    </div>
  );
}

export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const t = await getTranslations("join");
  let typed: string;
  try {
    typed = decodeURIComponent(raw);
  } catch {
    typed = raw;
  }
  const check = checkJoinCode(typed);
  if (!check.ok) return <Problem title={t("badCodeTitle")} text={t(`codeProblem.${check.reason}`)} retry={{ typed: typed.slice(0, 12) }} />;
  // One address per workshop, whatever the person typed ("ace-fhk" → /join/ACEFHK).
  if (check.code !== raw) redirect(`/join/${check.code}`);

  const db = getDb();
  const lookup = await findWorkshopByCode(db, check.code);
  if (!lookup.ok) {
    return <Problem title={lookup.workshop?.title ?? t("badCodeTitle")} text={t(`refusal.${lookup.code}`, { code: formatJoinCode(check.code) })} retry={lookup.code === "notFound" ? { typed: formatJoinCode(check.code) } : undefined} />;
  }
  const { workshop } = lookup;
  const jar = await cookies();
  const existing = await participantFromDeviceToken(db, getConfig().authSecret, workshop.id, jar.get(participantCookieName(workshop.id))?.value);
  if (!existing && lookup.full) return <Problem title={workshop.title} text={t("refusal.full")} />;

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <p className="text-lg text-muted">{t("joining")}</p>
      <h1 className="text-3xl font-bold">{workshop.title}</h1>
      {existing && (
        <div className="mt-5 rounded-xl border-2 border-brand-700 bg-brand-50 p-4">
          <p className="text-xl">{t("welcomeBack", { name: existing.displayName })}</p>
          <Link href={`/w/${workshop.id}`} className="mt-3 inline-block rounded-lg bg-brand-700 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-800">
            {t("continue")}
          </Link>
          <p className="mt-3 text-lg">{t("orUpdate")}</p>
        </div>
      )}
      <JoinForm
        code={check.code}
        organisations={workshop.organisations}
        initial={existing ? { displayName: existing.displayName, organisation: existing.organisation, sector: existing.sector ?? "" } : null}
      />
      <PrivacyNotice workshopId={workshop.id} />
    </div>
  );
}

/** What is stored, who sees it and for how long: shown before anyone joins (GDPR art. 13). */
async function PrivacyNotice({ workshopId }: { workshopId: string }) {
  const t = await getTranslations("join.privacy");
  const format = await getFormatter();
  const db = getDb();
  const retained = await db.workshop.findUniqueOrThrow({ where: { id: workshopId }, select: { date: true, createdAt: true, retentionMonths: true } });
  const deleteOn = deletionDate(retained, await defaultRetentionMonths(db));
  return (
    <section aria-labelledby="privacy-heading" className="mt-8 rounded-xl bg-white p-5 text-lg shadow-sm">
      <h2 id="privacy-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      <p className="mt-2">{t("stored")}</p>
      <p className="mt-2">{t("seen")}</p>
      <p className="mt-2">{t("kept", { date: format.dateTime(deleteOn, { dateStyle: "long", timeZone: "Europe/Oslo" }) })}</p>
      <p className="mt-2">{t("forget")}</p>
    </section>
  );
}
