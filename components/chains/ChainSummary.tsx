// A chain to read, not edit: for the projector at the back of the hall. Values come through
// viewChain, so a date or link a non-UI client got wrong is left out instead of shown as fact.
"use client";
import { useLocale, useTranslations } from "next-intl";
import { intlLocale, isLocale } from "@/i18n/locales";
import { formatIsoDate, type ChainView } from "./chainModel";
import { FirstStep, responsibleText } from "./FirstStep";

export function ChainSummary({ view, tableName }: { view: ChainView; tableName: string }) {
  const t = useTranslations("chains");
  const locale = useLocale();
  const fmt = (iso: string) => formatIsoDate(iso, intlLocale[isLocale(locale) ? locale : "nb"]);
  const { chain, actions } = view;
  const title = view.area ? view.area.title.trim() || t("chain.untitledArea") : t("chain.noArea");
  return (
    <article className="flex flex-col gap-5 rounded-2xl border-2 border-slate-300 bg-white p-8" data-testid="projector-chain" data-chain-id={chain.id}>
      <header className="flex flex-wrap items-baseline gap-4">
        <h2 className="text-4xl font-bold">{title}</h2>
        <span className="text-2xl text-muted">{tableName}</span>
        {chain.final && <span className="rounded-full border-2 border-green-800 bg-green-50 px-4 py-1 text-2xl font-semibold text-green-900">✓ {t("chain.final")}</span>}
      </header>
      <p className="text-3xl">
        <strong>{t("print.goal")}:</strong> {chain.goal.trim() || <span className="text-muted">{t("overview.noGoal")}</span>}
      </p>
      <FirstStep first={view.first} actionCount={actions.length} large />
      {actions.length === 0 ? (
        <p className="text-2xl text-muted">{t("print.noActions")}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {actions.map((action, i) => {
            const period =
              action.start && action.deadline ? t("print.fromUntil", { start: fmt(action.start), deadline: fmt(action.deadline) })
              : action.deadline ? t("print.until", { date: fmt(action.deadline) })
              : action.start ? t("print.from", { date: fmt(action.start) })
              : null;
            return (
              <li key={action.id} className={`grid grid-cols-[auto_1fr] gap-x-5 rounded-xl border-2 px-5 py-3 ${view.first?.id === action.id ? "border-brand-700 bg-brand-50" : "border-slate-200"}`}>
                <span className="text-3xl font-bold text-brand-800">{i + 1}</span>
                <div className="flex flex-col gap-1">
                  <p className="text-2xl font-semibold">{action.what.trim() || t("action.untitled")}</p>
                  <p className="text-xl">
                    {t("print.responsible")}: {responsibleText(action, t("first.nobody"))}
                    {action.partners.length > 0 && ` · ${t("print.partners")}: ${action.partners.join(", ")}`}
                  </p>
                  <p className="text-xl text-muted">
                    {t(`status.${action.status}`)}
                    {period && ` · ${period}`}
                  </p>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </article>
  );
}
