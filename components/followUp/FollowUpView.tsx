"use client";
// The organiser's follow-up view across a workshop or a programme: every owned action sorted
// into overdue, due soon, stalled, on track and done, filterable by organisation, with the
// owners' links, an export and the shared calendar feed. It reloads when an owner reports
// (followUp:changed in each workshop's room), so it is live while open.
import { useCallback, useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FOLLOW_UP_CATEGORIES, type FollowUpCategory } from "@/lib/domain/followUp/followUp";
import type { FollowUpOverview, FollowUpRow } from "@/lib/contract/followUp";
import { buttonClass, dangerButtonClass, inputClass, labelClass } from "@/components/chains/styles";
import { dateText, timeText } from "./format";
import { LiveFollowUp } from "./LiveFollowUp";

interface Props {
  /** GET endpoint of the overview (without query). */
  source: string;
  exportHref: string;
  workshopIds: string[];
  initial: FollowUpOverview;
  /** Show each row's workshop (a programme's view). */
  showWorkshop: boolean;
}

const categoryStyle: Record<FollowUpCategory, string> = {
  overdue: "border-red-800",
  dueSoon: "border-amber-700",
  stalled: "border-slate-600",
  onTrack: "border-brand-700",
  done: "border-green-800",
};

export function FollowUpView({ source, exportHref, workshopIds, initial, showWorkshop }: Props) {
  const t = useTranslations("followUp");
  const locale = useLocale();
  const [overview, setOverview] = useState(initial);
  const [organisation, setOrganisation] = useState("");
  const [stalledWeeks, setStalledWeeks] = useState(String(initial.settings.stalledWeeks));
  const [live, setLive] = useState<Record<string, boolean>>({});
  const [notice, setNotice] = useState("");
  const none = t("owner.noDeadline");

  const weeks = Number(stalledWeeks);
  const query = Number.isInteger(weeks) && weeks >= 1 && weeks <= 52 ? `?stalledWeeks=${weeks}` : "";
  const reload = useCallback(async () => {
    const response = await fetch(`${source}${query}`, { cache: "no-store" }).catch(() => null);
    if (response?.ok) setOverview((await response.json()) as FollowUpOverview);
  }, [source, query]);
  const statusOf = useCallback((workshopId: string) => (connected: boolean) => setLive((l) => (l[workshopId] === connected ? l : { ...l, [workshopId]: connected })), []);
  const statusHandlers = useMemo(() => Object.fromEntries(workshopIds.map((id) => [id, statusOf(id)])), [workshopIds, statusOf]);

  const rows = overview.rows.filter((r) => !organisation || r.responsibleOrganisation.trim() === organisation);
  const byCategory = new Map<FollowUpCategory, FollowUpRow[]>(FOLLOW_UP_CATEGORIES.map((c) => [c, rows.filter((r) => r.category === c)]));
  const allLive = workshopIds.length > 0 && workshopIds.every((id) => live[id]);

  async function changeLink(row: FollowUpRow, method: "DELETE" | "POST") {
    if (!row.link) return;
    const response = await fetch(`/api/workshops/${row.workshopId}/follow-up/links/${row.link.id}`, { method }).catch(() => null);
    setNotice(response?.ok ? t(method === "DELETE" ? "view.revoked" : "view.renewed", { what: row.what }) : t("view.linkFailed"));
    await reload();
  }

  return (
    <div className="flex flex-col gap-5">
      {workshopIds.map((id) => (
        <LiveFollowUp key={id} workshopId={id} onChange={reload} onStatus={statusHandlers[id]} />
      ))}
      <p className="text-base text-muted" role="status" data-testid="follow-up-live">
        {allLive ? t("view.live") : t("view.connecting")}
      </p>

      <div className="flex flex-wrap items-end gap-4">
        <label className="flex flex-col gap-1">
          <span className={labelClass}>{t("view.organisation")}</span>
          <select className={inputClass} value={organisation} onChange={(e) => setOrganisation(e.target.value)}>
            <option value="">{t("view.allOrganisations")}</option>
            {overview.organisations.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className={labelClass}>{t("view.stalledWeeks")}</span>
          <input className={`${inputClass} w-28`} type="number" min={1} max={52} value={stalledWeeks} onChange={(e) => setStalledWeeks(e.target.value)} onBlur={() => void reload()} />
        </label>
        <a className={buttonClass} href={`${exportHref}${query}`} download>
          {t("view.export")}
        </a>
      </div>
      <p className="text-base">
        {t("view.calendarIntro")}{" "}
        <a className="break-all font-mono text-sm text-brand-800 underline" href={overview.calendarUrl} data-testid="follow-up-feed">
          {overview.calendarUrl}
        </a>
      </p>

      <nav aria-label={t("view.summary")}>
        <ul className="flex flex-wrap gap-3">
          {FOLLOW_UP_CATEGORIES.map((c) => (
            <li key={c}>
              <a href={`#follow-up-${c}`} className={`inline-flex min-h-11 items-center rounded-lg border-l-8 bg-white px-3 text-lg font-semibold ${categoryStyle[c]}`} data-testid={`follow-up-count-${c}`}>
                {t(`categories.${c}`)}: {byCategory.get(c)?.length ?? 0}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p role="status" aria-live="polite" className="min-h-6 text-lg font-semibold">
        {notice}
      </p>

      {rows.length === 0 && <p className="text-xl">{t("view.empty")}</p>}
      {FOLLOW_UP_CATEGORIES.map((c) => {
        const list = byCategory.get(c) ?? [];
        if (list.length === 0) return null;
        return (
          <section key={c} id={`follow-up-${c}`} aria-labelledby={`follow-up-${c}-h`} data-testid={`follow-up-${c}`} className="flex flex-col gap-3">
            <h2 id={`follow-up-${c}-h`} className="text-2xl font-bold">
              {t(`categories.${c}`)} ({list.length})
            </h2>
            <ul className="flex flex-col gap-3">
              {list.map((row) => (
                <li key={row.key} className={`rounded-lg border-2 border-l-8 bg-white p-3 ${categoryStyle[c]}`} data-testid="follow-up-row">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h3 className="text-xl font-semibold">{row.what}</h3>
                    <span className="text-base text-muted">
                      {showWorkshop ? `${row.workshopTitle} · ` : ""}
                      {row.tableName ? t("view.table", { name: row.tableName }) : t("export.plenary")} · {row.focusAreaTitle ?? t("view.noArea")}
                    </span>
                  </div>
                  <dl className="mt-1 grid grid-cols-1 gap-x-6 gap-y-1 text-base sm:grid-cols-[auto_1fr_auto_1fr]">
                    <dt className="font-semibold">{t("owner.responsible")}</dt>
                    <dd>{[row.responsible, row.responsibleOrganisation].filter((s) => s.trim()).join(", ")}</dd>
                    <dt className="font-semibold">{t("owner.status")}</dt>
                    <dd data-testid="follow-up-row-status">
                      {t(`status.${row.state.status}`)}, {row.state.progress} %
                    </dd>
                    <dt className="font-semibold">{t("owner.deadline")}</dt>
                    <dd data-testid="follow-up-row-deadline">
                      {dateText(row.state.deadline, locale, none)}
                      {row.state.deadline !== row.agreed.deadline && ` (${t("view.agreed", { date: dateText(row.agreed.deadline, locale, none) })})`}
                    </dd>
                    <dt className="font-semibold">{t("view.lastUpdate")}</dt>
                    <dd>{row.state.lastUpdateAt ? timeText(row.state.lastUpdateAt, locale) : t("view.never")}</dd>
                  </dl>
                  {row.state.history.at(-1)?.comment && <p className="mt-1 whitespace-pre-wrap text-base">«{row.state.history.at(-1)?.comment}»</p>}
                  <div className="mt-2 flex flex-wrap items-center gap-2">
                    {row.link?.url ? (
                      <>
                        <a href={row.link.url} className="text-base font-semibold text-brand-800 underline" data-testid="follow-up-row-link">
                          {t("view.ownerLink")}
                        </a>
                        <button type="button" className={dangerButtonClass} onClick={() => void changeLink(row, "DELETE")}>
                          {t("view.revoke")}
                        </button>
                      </>
                    ) : (
                      row.link && <span className="text-base text-red-800">{t("view.linkWithdrawn")}</span>
                    )}
                    {row.link && (
                      <button type="button" className={buttonClass} onClick={() => void changeLink(row, "POST")}>
                        {t("view.renew")}
                      </button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
