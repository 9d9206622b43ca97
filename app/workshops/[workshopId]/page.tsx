import Link from "next/link";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { getConfig } from "@/server/platform/config";
import { getDb } from "@/server/platform/db/client";
import { accessToWorkshop } from "@/server/platform/auth/authenticate";
import { currentUser } from "@/server/platform/auth/requestPrincipal";
import { formatJoinCode } from "@/lib/domain/joinCode";
import type { GroupMode, PhaseKind } from "@/lib/domain/templates/phase";
import type { Sector } from "@/lib/domain/sectors";
import { getWorkshopDetail } from "@/server/workshop/workshops";
import { projectorLink } from "@/server/room/projectorLink";
import { isProjectorScreen } from "@/server/room/projectorScreen";
import { defaultRetentionMonths } from "@/server/workshop/retention";
import { ProjectorLinkPanel } from "@/components/present/ProjectorLinkPanel";
import { DetailsEditor } from "@/components/workshop/DetailsEditor";
import { FindingsForm } from "@/components/workshop/FindingsForm";
import { JoinCodePanel } from "@/components/workshop/JoinCodePanel";
import { OrganisationsPanel } from "@/components/workshop/OrganisationsPanel";
import { PhaseEditor } from "@/components/workshop/PhaseEditor";
import { TablesPanel } from "@/components/workshop/TablesPanel";
import { WorkshopActions } from "@/components/workshop/WorkshopActions";
import { panelClass } from "@/components/workshop/styles";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ workshopId: string }> };

/**
 * The access check comes before any read of the workshop, for the metadata too: the <title>
 * is sent with the redirect and the not-found page, so reading it first told outsiders the
 * title (and that the workshop exists). One cached call per request serves both.
 */
const load = cache(async (workshopId: string) => {
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=/workshops/${workshopId}`);
  if ((await accessToWorkshop(getDb(), user, workshopId)) !== "facilitator") notFound();
  return getWorkshopDetail(getDb(), workshopId);
});

export async function generateMetadata({ params }: Props) {
  const { workshopId } = await params;
  return { title: (await load(workshopId)).title };
}

function Section({ id, title, lead, children }: { id: string; title: string; lead?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className={panelClass}>
      <h2 id={id} tabIndex={-1} className="scroll-mt-4 text-2xl font-bold">{title}</h2>
      {lead && <p className="mt-1 text-muted">{lead}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}

export default async function WorkshopSetupPage({ params }: Props) {
  const { workshopId } = await params;
  const w = await load(workshopId);
  const t = await getTranslations("workshop.setup");
  const tm = await getTranslations("dashboard");
  const config = getConfig();
  const link = new URL(`/join/${w.joinCode}`, config.publicUrl).toString();
  const projector = await projectorLink(getDb(), config.authSecret, config.publicUrl, w.id);
  const phaseKey = w.phases.map((p) => p.id).join(",");

  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-10">
      <nav aria-label={t("breadcrumb")}>
        <Link href="/dashboard" className="text-brand-800 underline underline-offset-4">← {t("backToDashboard")}</Link>
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-6">
        <div>
          <h1 className="text-3xl font-bold">{w.title}</h1>
          <p className="mt-1 text-lg text-muted">
            {tm(`methods.${w.method as "free"}`)} · {tm(`status.${w.status as "open"}`)}
          </p>
          <div className="mt-3">
            <WorkshopActions workshopId={w.id} title={w.title} archived={w.status === "archived"} afterDelete="/dashboard" />
          </div>
        </div>
        <Link href={`/workshops/${w.id}/run`} className="rounded-xl bg-brand-700 px-6 py-4 text-xl font-bold text-white shadow hover:bg-brand-800">
          ▶ {t("run")}
        </Link>
      </div>

      <nav aria-label={t("sectionsNav")} className="flex flex-wrap gap-2">
        {(
          [
            ["details-heading", t("detailsHeading")],
            ["phases-heading", t("phasesHeading")],
            ["orgs-heading", t("organisationsHeading")],
            ["tables-heading", t("tablesHeading")],
            ["boards-heading", t("boardsHeading")],
          ] as const
        ).map(([anchor, label]) => (
          <a key={anchor} href={`#${anchor}`} className="rounded-full border-2 border-brand-700 bg-white px-4 py-1.5 font-semibold text-brand-800 hover:bg-brand-50">
            {label}
          </a>
        ))}
      </nav>

      <section aria-labelledby="join-heading" className={`${panelClass} grid gap-6 md:grid-cols-[2fr_1fr]`}>
        <div>
          <h2 id="join-heading" className="sr-only">{t("joinHeading")}</h2>
          <JoinCodePanel code={w.joinCode} formatted={formatJoinCode(w.joinCode)} link={link} />
        </div>
        <div className="text-lg">
          <p>{t("participantsJoined", { count: w.participants.filter((p) => p.role === "participant").length })}</p>
          <p>{t("tablesCount", { count: w.tables.length })}</p>
          <p>{t("phasesCount", { count: w.phases.length })}</p>
          {w.capacity && <p>{t("capacity", { count: w.capacity })}</p>}
        </div>
        <div className="md:col-span-2">
          <ProjectorLinkPanel workshopId={w.id} url={projector.url} qrDataUrl={projector.qrDataUrl} />
        </div>
      </section>

      <Section id="details-heading" title={t("detailsHeading")}>
        <DetailsEditor
          workshopId={w.id}
          initial={{
            title: w.title,
            date: w.date ?? "",
            place: w.place ?? "",
            organisers: w.organisers ?? "",
            language: w.language === "en" ? "en" : "nb",
            capacity: w.capacity?.toString() ?? "",
            anonymous: w.anonymous,
            minGroupSize: String(w.minGroupSize),
            retentionMonths: w.retentionMonths?.toString() ?? "",
          }}
          retention={{ defaultMonths: await defaultRetentionMonths(getDb()), createdAt: w.createdAt.toISOString() }}
        />
      </Section>

      <Section id="phases-heading" title={t("phasesHeading")} lead={t("phasesLead")}>
        <PhaseEditor
          key={phaseKey}
          workshopId={w.id}
          initial={w.phases.map((p) => ({ id: p.id, kind: p.kind as PhaseKind, title: p.title, prompt: p.prompt, timeboxMinutes: p.timeboxMinutes, groupMode: p.groupMode as GroupMode, silentWriting: p.silentWriting }))}
        />
      </Section>

      <Section id="orgs-heading" title={t("organisationsHeading")} lead={t("organisationsLead")}>
        <OrganisationsPanel workshopId={w.id} initial={w.organisations.map((o) => ({ name: o.name, sector: (o.sector as Sector | null) ?? null }))} />
      </Section>

      <Section id="tables-heading" title={t("tablesHeading")} lead={t("tablesLead")}>
        <TablesPanel
          workshopId={w.id}
          tables={w.tables.map((x) => ({ id: x.id, name: x.name }))}
          // The projector is an observer row, not a person: it has no seat and is nobody to place.
          participants={w.participants.filter((p) => !isProjectorScreen(p)).map((p) => ({ id: p.id, displayName: p.displayName, organisation: p.organisation, sector: p.sector, role: p.role, tableId: p.tableId }))}
        />
      </Section>

      <Section id="boards-heading" title={t("boardsHeading")} lead={t("boardsLead")}>
        <ul className="mb-6 flex flex-wrap gap-3">
          {w.boards.map((b) => (
            <li key={b.id} className="rounded-lg border-2 border-slate-300 px-3 py-2">
              <span className="font-semibold">{b.title}</span>
              <span className="text-muted"> · {b.tableId ? t("tableBoard") : t("plenaryBoard")}</span>
              {b.locked && <span> · 🔒 {t("locked")}</span>}
            </li>
          ))}
        </ul>
        <h3 className="text-xl font-bold">{t("findingsHeading")}</h3>
        <p className="mb-3 text-muted">{t("findingsLead")}</p>
        <FindingsForm workshopId={w.id} boards={w.boards.map((b) => ({ id: b.id, title: b.title }))} />
      </Section>
    </div>
  );
}
