// One chain on one printed page (A4 landscape): goal, first step and a table of the actions.
// Rendered on the server from the stored board, so it works without JavaScript and prints the
// same thing the report builder reads.
import { getLocale, getTranslations } from "next-intl/server";
import { intlLocale, isLocale } from "@/i18n/locales";
import { formatIsoDate, type ChainView } from "./chainModel";
import { responsibleText } from "./FirstStep";
import { PrintButton } from "./PrintButton";

const printCss = `
@page { size: A4 landscape; margin: 10mm; }
@media print {
  html { font-size: 10pt; background: #fff; }
  body > header, body > a[href="#main"] { display: none !important; }
  .chain-print { padding: 0 !important; max-width: none !important; }
  .chain-print table { page-break-inside: auto; }
  .chain-print tr { page-break-inside: avoid; }
}`;

/** An owner's follow-up link as the print-out shows it (made on the server). */
export interface PrintedFollowUpLink {
  actionId: string;
  number: number;
  who: string;
  url: string;
  qrDataUrl: string;
}

export async function PrintChain({ view, workshopTitle, tableName, followUpLinks = [] }: { view: ChainView; workshopTitle: string; tableName: string; followUpLinks?: PrintedFollowUpLink[] }) {
  const t = await getTranslations("chains");
  const locale = await getLocale();
  const fmt = (iso: string) => formatIsoDate(iso, intlLocale[isLocale(locale) ? locale : "nb"]);
  const { chain, actions } = view;
  const title = view.area ? view.area.title.trim() || t("chain.untitledArea") : t("chain.noArea");
  const numberOf = new Map(actions.map((a, i) => [a.id, i + 1]));
  const problems = view.chainProblems.length + view.dataProblems.length + [...view.problemsByAction.values()].flat().filter((p) => p.severity === "error").length;
  return (
    <div className="chain-print mx-auto flex max-w-6xl flex-col gap-4 bg-white px-6 py-6" data-testid="chain-print">
      <style>{printCss}</style>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-lg text-muted">
            {workshopTitle} · {tableName}
          </p>
          <h1 className="text-3xl font-bold">
            {t("print.title")}: {title}
            {chain.final && <span className="ml-3 text-xl font-semibold text-green-900">✓ {t("chain.final")}</span>}
          </h1>
        </div>
        <PrintButton />
      </div>
      <p className="text-xl">
        <strong>{t("print.goal")}:</strong> {chain.goal.trim() || t("overview.noGoal")}
      </p>
      <p className="border-l-8 border-brand-700 bg-brand-50 px-3 py-2 text-xl font-semibold">
        {view.first ? t("first.text", { what: view.first.what.trim(), who: responsibleText(view.first, t("first.nobody")) }) : t("first.none")}
      </p>
      {actions.length === 0 ? (
        <p className="text-lg">{t("print.noActions")}</p>
      ) : (
        <table className="w-full border-collapse text-left text-base">
          <thead>
            <tr className="border-b-2 border-ink">
              {(["number", "what", "responsible", "partners", "period", "resources", "indicator", "status", "dependsOn"] as const).map((key) => (
                <th key={key} scope="col" className="px-2 py-1 align-bottom">
                  {t(`print.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {actions.map((a, i) => (
              <tr key={a.id} className={`border-b border-slate-400 align-top ${view.first?.id === a.id ? "bg-brand-50" : ""}`}>
                <td className="px-2 py-1 font-bold">{i + 1}</td>
                <td className="px-2 py-1 font-semibold">{a.what.trim() || t("action.untitled")}</td>
                <td className="px-2 py-1">{responsibleText(a, "–")}</td>
                <td className="px-2 py-1">{a.partners.join(", ") || "–"}</td>
                <td className="px-2 py-1 whitespace-nowrap">
                  {a.start && a.deadline ? t("print.fromUntil", { start: fmt(a.start), deadline: fmt(a.deadline) }) : a.deadline ? t("print.until", { date: fmt(a.deadline) }) : a.start ? t("print.from", { date: fmt(a.start) }) : "–"}
                </td>
                <td className="px-2 py-1">{a.resources.trim() || "–"}</td>
                <td className="px-2 py-1">{a.indicator.trim() || "–"}</td>
                <td className="px-2 py-1">{t(`status.${a.status}`)}</td>
                <td className="px-2 py-1">{a.dependsOn.map((d) => numberOf.get(d)).filter(Boolean).join(", ") || "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {followUpLinks.length > 0 && (
        <section aria-labelledby="follow-up-links" className="flex flex-col gap-2" data-testid="print-follow-up-links">
          <h2 id="follow-up-links" className="text-2xl font-bold">
            {t("print.followUpHeading")}
          </h2>
          <p className="text-base">{t("print.followUpIntro")}</p>
          <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 print:grid-cols-3">
            {followUpLinks.map((link) => (
              <li key={link.actionId} className="flex items-start gap-3 border border-slate-400 p-2 [page-break-inside:avoid]">
                <img src={link.qrDataUrl} alt={t("print.followUpQr", { number: link.number })} width={112} height={112} />
                <div className="min-w-0">
                  <p className="font-semibold">
                    {t("print.number")} {link.number}: {link.who}
                  </p>
                  <a href={link.url} className="break-all font-mono text-sm text-brand-800 underline" data-testid="print-follow-up-link">
                    {link.url}
                  </a>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {problems > 0 && <p className="text-base text-muted">{t("overview.problems", { count: problems })}</p>}
      <p className="text-sm text-muted">{t("print.printed", { date: new Intl.DateTimeFormat(intlLocale[isLocale(locale) ? locale : "nb"], { dateStyle: "long", timeZone: "Europe/Oslo" }).format(new Date()) })}</p>
    </div>
  );
}
