// One chain in the facilitator's overview: enough to see how far a table has come (goal,
// first step, how many actions, what to check) and to act on it (final, project, print, open).
"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ChainView } from "./chainModel";
import { FirstStep } from "./FirstStep";
import { buttonClass } from "./styles";

interface Props {
  view: ChainView;
  links: { editor: string; projector: string; print: string };
  onToggleFinal(): void;
}

export function ChainCard({ view, links, onToggleFinal }: Props) {
  const t = useTranslations("chains");
  const { chain } = view;
  const title = view.area ? view.area.title.trim() || t("chain.untitledArea") : t("chain.noArea");
  const problems = view.chainProblems.length + [...view.problemsByAction.values()].reduce((n, list) => n + list.length, 0) + view.dataProblems.length;
  return (
    <li className={`flex flex-col gap-3 rounded-xl border-2 bg-white p-4 ${chain.final ? "border-green-800" : "border-slate-300"}`} data-testid="overview-chain" data-chain-id={chain.id}>
      <div className="flex flex-wrap items-center gap-3">
        <h3 className="text-xl font-bold">{title}</h3>
        {view.area?.rank != null && <span className="text-lg text-muted">{t("chain.rank", { rank: view.area.rank })}</span>}
        {chain.final && <span className="rounded-full border-2 border-green-800 bg-green-50 px-3 py-0.5 text-lg font-semibold text-green-900">✓ {t("chain.final")}</span>}
      </div>
      <p className="text-lg">
        <strong>{t("overview.goal")}:</strong> {chain.goal.trim() || <span className="text-muted">{t("overview.noGoal")}</span>}
      </p>
      <FirstStep first={view.first} actionCount={view.actions.length} />
      <p className="text-lg text-muted">
        {t("list.actions", { count: view.actions.length })}
        {problems > 0 && ` · ${t("overview.problems", { count: problems })}`}
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass} aria-pressed={chain.final} onClick={onToggleFinal}>
          {chain.final ? t("chain.unmarkFinal") : t("chain.markFinal")}
        </button>
        <Link href={links.projector} className={buttonClass}>
          {t("overview.project")}
        </Link>
        <a href={links.print} className={buttonClass} target="_blank" rel="noopener">
          {t("chain.print")}
        </a>
        <Link href={links.editor} className={buttonClass}>
          {t("overview.openEditor")}
        </Link>
      </div>
    </li>
  );
}
