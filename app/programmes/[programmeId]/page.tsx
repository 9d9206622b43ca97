import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { AddWorkshopForm } from "@/components/programme/AddWorkshopForm";
import { ProgrammeMembers } from "@/components/programme/ProgrammeMembers";
import { RemoveFromProgramme } from "@/components/programme/RemoveFromProgramme";
import { buttonSecondary, panelClass } from "@/components/workshop/styles";
import { currentUser } from "@/server/platform/auth/requestPrincipal";
import { getDb } from "@/server/platform/db/client";
import { METHOD_KEYS } from "@/lib/domain/templates/methodTemplates";
import { formatJoinCode } from "@/lib/domain/joinCode";
import { listWorkshops } from "@/server/workshop/workshops";
import { getProgramme, programmeAccess } from "@/server/workshop/programmes/programmes";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ programmeId: string }> };

export async function generateMetadata({ params }: Props) {
  const { programmeId } = await params;
  const programme = await getDb().programme.findUnique({ where: { id: programmeId }, select: { title: true } });
  return { title: programme?.title ?? (await getTranslations("programme"))("listTitle") };
}

export default async function ProgrammePage({ params }: Props) {
  const { programmeId } = await params;
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=/programmes/${programmeId}`);
  const db = getDb();
  const access = await programmeAccess(db, user, programmeId);
  if (!access) notFound();
  const programme = await getProgramme(db, programmeId);
  const t = await getTranslations("programme");
  const tDashboard = await getTranslations("dashboard");
  const format = await getFormatter();
  const canEdit = access === "organiser";
  const inProgramme = new Set(programme.workshops.map((w) => w.id));
  const others = canEdit ? (await listWorkshops(db, user.userId)).filter((w) => !inProgramme.has(w.id) && w.status !== "archived") : [];
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <p>
        <Link href="/programmes" className="text-brand-800 underline underline-offset-4">{t("page.back")}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{programme.title}</h1>
      {programme.description && <p className="mt-2 max-w-prose text-lg">{programme.description}</p>}

      <section className="mt-8" aria-labelledby="workshops-heading">
        <h2 id="workshops-heading" className="text-2xl font-bold">{t("page.workshops")}</h2>
        {programme.workshops.length === 0 ? (
          <p className="mt-2 text-lg text-muted">{t("page.noWorkshops")}</p>
        ) : (
          <ol className="mt-3 grid gap-3">
            {programme.workshops.map((w) => (
              <li key={w.id} className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
                <div>
                  <h3 className="text-lg font-bold">
                    <Link href={`/workshops/${w.id}`} className="text-brand-800 underline underline-offset-4 hover:no-underline">{w.title}</Link>
                  </h3>
                  <p className="text-muted">
                    {[w.date ? format.dateTime(new Date(w.date), { dateStyle: "long" }) : t("page.noDate"), w.place].filter(Boolean).join(" · ")}
                  </p>
                  <p>
                    {tDashboard(`methods.${w.method as "free"}`)} · {t("page.participants", { count: w._count.participants })} · {tDashboard("code", { code: formatJoinCode(w.joinCode) })}
                  </p>
                </div>
                {canEdit && <RemoveFromProgramme programmeId={programme.id} workshopId={w.id} title={w.title} />}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className={`${panelClass} mt-8`} aria-labelledby="report-heading">
        <h2 id="report-heading" className="text-2xl font-bold">{t("page.report")}</h2>
        <p className="mt-1 max-w-prose">{t("page.reportLead")}</p>
        <ul className="mt-4 flex flex-wrap gap-3">
          {(["docx", "pdf", "xlsx"] as const).map((f) => (
            <li key={f}>
              <a href={`/api/programmes/${programme.id}/export/${f}`} className={buttonSecondary} download>{t(`page.download.${f}`)}</a>
            </li>
          ))}
        </ul>
        <p className="mt-4">
          <Link href={`/programmes/${programme.id}/areas`} className="font-semibold text-brand-800 underline underline-offset-4">{t("page.matching")}</Link>
        </p>
        <p className="mt-2">
          <Link href={`/programmes/${programme.id}/follow-up`} className="font-semibold text-brand-800 underline underline-offset-4">{t("page.followUp")}</Link>
        </p>
      </section>

      {canEdit && (
        <AddWorkshopForm
          programmeId={programme.id}
          workshops={programme.workshops.map((w) => ({ id: w.id, title: w.title }))}
          methods={METHOD_KEYS.map((key) => ({ key, label: tDashboard(`methods.${key}`) }))}
          others={others.map((w) => ({ id: w.id, title: w.title }))}
        />
      )}

      <ProgrammeMembers
        programmeId={programme.id}
        ownerId={programme.ownerId}
        canEdit={canEdit}
        members={programme.members.map((m) => ({ userId: m.userId, role: m.role, name: m.user.name, email: m.user.email }))}
      />
    </div>
  );
}
