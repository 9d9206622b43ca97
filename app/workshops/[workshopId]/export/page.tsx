import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { accessToWorkshop } from "@/server/platform/auth/authenticate";
import { currentUser } from "@/server/platform/auth/requestPrincipal";
import { getDb } from "@/server/platform/db/client";
import { csvSeparators } from "@/server/report/render/csv";
import { sheetKeys } from "@/server/report/sheets";
import { ImportForm } from "@/components/export/ImportForm";
import { buttonPrimary, buttonSecondary, inputClass, panelClass } from "@/components/workshop/styles";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ workshopId: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("export.page"))("title") };
}

function Section({ id, title, lead, children }: { id: string; title: string; lead: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className={panelClass}>
      <h2 id={id} className="text-2xl font-bold">{title}</h2>
      <p className="mt-1 text-muted">{lead}</p>
      <div className="mt-4">{children}</div>
    </section>
  );
}

export default async function ExportPage({ params }: Props) {
  const { workshopId } = await params;
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=/workshops/${workshopId}/export`);
  if ((await accessToWorkshop(getDb(), user, workshopId)) !== "facilitator") notFound();
  const workshop = await getDb().workshop.findUnique({
    where: { id: workshopId },
    select: { title: true, anonymous: true, boards: { where: { ownerParticipantId: null }, orderBy: { createdAt: "asc" }, select: { id: true, title: true } } },
  });
  if (!workshop) notFound();
  const t = await getTranslations("export.page");
  const base = `/api/workshops/${workshopId}/export`;

  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-10">
      <nav aria-label={t("back")}>
        <Link href={`/workshops/${workshopId}`} className="text-brand-800 underline underline-offset-4">← {t("back")}</Link>
      </nav>
      <header>
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2 text-lg">{workshop.title}</p>
        <p className="mt-1 text-muted">{t("lead")}</p>
        {workshop.anonymous && <p className="mt-3 rounded-lg border-2 border-brand-700 bg-brand-50 p-3">{t("anonymousNote")}</p>}
      </header>

      <Section id="export-report" title={t("reportHeading")} lead={t("reportLead")}>
        <div className="flex flex-wrap gap-3">
          <a href={`${base}/docx`} className={buttonPrimary} download>{t("docx")}</a>
          <a href={`${base}/pdf`} className={buttonSecondary} download>{t("pdf")}</a>
        </div>
      </Section>

      <Section id="export-data" title={t("dataHeading")} lead={t("dataLead")}>
        <div className="flex flex-wrap items-end gap-3">
          <a href={`${base}/xlsx`} className={buttonPrimary} download>{t("xlsx")}</a>
          {/* A plain GET form: the CSV download works without JavaScript. */}
          <form action={`${base}/csv`} method="get" className="flex flex-wrap items-end gap-2">
            <label className="font-semibold">
              {t("csvLabel")}
              <select name="sheet" className={inputClass}>
                {sheetKeys.map((key) => (
                  <option key={key} value={key}>{t(`sheets.${key}`)}</option>
                ))}
              </select>
            </label>
            <label className="font-semibold">
              {t("csvSeparator")}
              <select name="separator" className={inputClass} defaultValue="semicolon">
                {Object.keys(csvSeparators).map((key) => (
                  <option key={key} value={key}>{t(`separators.${key}`)}</option>
                ))}
              </select>
            </label>
            <button type="submit" className={buttonSecondary}>{t("csv")}</button>
          </form>
        </div>
        <p className="mt-3 text-muted">{t("csvNote")}</p>
      </Section>

      <Section id="export-boards" title={t("boardsHeading")} lead={t("boardsLead")}>
        {workshop.boards.length === 0 ? (
          <p className="text-muted">{t("noBoards")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {workshop.boards.map((board) => (
              <li key={board.id}>
                <a href={`${base}/boards/${board.id}`} className="text-brand-800 underline underline-offset-4" download>{t("boardImage", { board: board.title })}</a>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="export-archive" title={t("archiveHeading")} lead={t("archiveLead")}>
        <a href={`${base}/json`} className={buttonPrimary} download>{t("archive")}</a>
      </Section>

      <Section id="export-import" title={t("importHeading")} lead={t("importLead")}>
        <ImportForm />
      </Section>
    </div>
  );
}
