"use client";
// The action owner's page (/f/<token>), made for a phone: what they promised, where it sits in
// the chain, a short form (status, progress, comment, new deadline) and what was reported before.
// Each send is a new history entry on the server; nothing is overwritten.
import { useId, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ACTION_STATUSES, type ActionStatus } from "@/lib/domain/chains/actionChains";
import { FOLLOW_UP_COMMENT_MAX } from "@/lib/domain/followUp/followUp";
import type { OwnerPage } from "@/lib/contract/followUp";
import { inputClass, labelClass, primaryButtonClass } from "@/components/chains/styles";
import { dateText, timeText } from "./format";

type Sent = { kind: "idle" } | { kind: "sending" } | { kind: "saved" } | { kind: "error"; code: string };

export function OwnerFollowUp({ token, initial }: { token: string; initial: OwnerPage }) {
  const t = useTranslations("followUp");
  const locale = useLocale();
  const [page, setPage] = useState(initial);
  const [status, setStatus] = useState<ActionStatus>(initial.state.status);
  const [progress, setProgress] = useState(String(initial.state.progress));
  const [comment, setComment] = useState("");
  const [deadline, setDeadline] = useState(initial.state.deadline ?? "");
  const [sent, setSent] = useState<Sent>({ kind: "idle" });
  const ids = useId();
  const none = t("owner.noDeadline");

  async function send(event: React.FormEvent) {
    event.preventDefault();
    const percent = Number(progress);
    if (!Number.isInteger(percent) || percent < 0 || percent > 100) return setSent({ kind: "error", code: "progress" });
    setSent({ kind: "sending" });
    try {
      const response = await fetch(`/api/follow-up/${encodeURIComponent(token)}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ status, progress: percent, comment, deadline: deadline === "" ? null : deadline }),
      });
      const body = (await response.json().catch(() => ({}))) as { page?: OwnerPage; error?: string };
      if (!response.ok || !body.page) return setSent({ kind: "error", code: body.error ?? "serverError" });
      setPage(body.page);
      setComment("");
      setSent({ kind: "saved" });
    } catch {
      setSent({ kind: "error", code: "offline" });
    }
  }

  const errorText = (code: string) => (["progress", "offline", "followUpLinkRevoked", "followUpLinkUnknown", "actionNotFound", "invalidInput"].includes(code) ? t(`owner.errors.${code}`) : t("owner.errors.serverError"));
  const history = [...page.state.history].reverse();

  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-5 px-4 py-5">
      <header className="flex flex-col gap-1">
        <p className="text-base text-muted">{t("owner.kicker", { workshop: page.workshop.title })}</p>
        <h1 className="text-2xl font-bold leading-tight">{page.action.what}</h1>
        <p className="text-lg">
          {t("owner.responsible")}: {[page.action.responsible, page.action.responsibleOrganisation].filter((s) => s.trim()).join(", ")}
        </p>
      </header>

      <section aria-labelledby={`${ids}-now`} className="rounded-lg border-2 border-slate-300 bg-white p-4">
        <h2 id={`${ids}-now`} className="text-xl font-bold">
          {t("owner.nowHeading")}
        </h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-lg">
          <dt className="font-semibold">{t("owner.status")}</dt>
          <dd data-testid="owner-status">{t(`status.${page.state.status}`)}</dd>
          <dt className="font-semibold">{t("owner.progress")}</dt>
          <dd data-testid="owner-progress">{page.state.progress} %</dd>
          <dt className="font-semibold">{t("owner.deadline")}</dt>
          <dd data-testid="owner-deadline">{dateText(page.state.deadline, locale, none)}</dd>
        </dl>
      </section>

      <form onSubmit={send} className="flex flex-col gap-4 rounded-lg border-2 border-brand-700 bg-white p-4" aria-labelledby={`${ids}-form`}>
        <h2 id={`${ids}-form`} className="text-xl font-bold">
          {t("owner.formHeading")}
        </h2>
        <fieldset className="flex flex-col gap-2">
          <legend className={labelClass}>{t("owner.status")}</legend>
          {ACTION_STATUSES.map((s) => (
            <label key={s} className="flex min-h-11 items-center gap-3 rounded-lg border-2 border-slate-300 px-3 text-lg has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
              <input type="radio" name="status" value={s} checked={status === s} onChange={() => setStatus(s)} className="h-5 w-5" />
              {t(`status.${s}`)}
            </label>
          ))}
        </fieldset>
        <label className="flex flex-col gap-1">
          <span className={labelClass}>{t("owner.progressLabel")}</span>
          <input className={inputClass} type="number" inputMode="numeric" min={0} max={100} step={1} value={progress} onChange={(e) => setProgress(e.target.value)} required />
        </label>
        <label className="flex flex-col gap-1">
          <span className={labelClass}>{t("owner.deadlineLabel")}</span>
          <input className={inputClass} type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} aria-describedby={`${ids}-deadline-hint`} />
          <span id={`${ids}-deadline-hint`} className="text-base text-muted">
            {t("owner.deadlineHint")}
          </span>
        </label>
        <label className="flex flex-col gap-1">
          <span className={labelClass}>{t("owner.commentLabel")}</span>
          <textarea className={inputClass} rows={3} maxLength={FOLLOW_UP_COMMENT_MAX} value={comment} onChange={(e) => setComment(e.target.value)} />
        </label>
        <button type="submit" className={primaryButtonClass} disabled={sent.kind === "sending"}>
          {sent.kind === "sending" ? t("owner.sending") : t("owner.send")}
        </button>
        <p role="status" aria-live="polite" className="min-h-7 text-lg font-semibold">
          {sent.kind === "saved" && <span className="text-green-900">{t("owner.saved")}</span>}
          {sent.kind === "error" && <span className="text-red-800">{errorText(sent.code)}</span>}
        </p>
      </form>

      <section aria-labelledby={`${ids}-chain`} className="flex flex-col gap-2">
        <h2 id={`${ids}-chain`} className="text-xl font-bold">
          {t("owner.chainHeading")}
        </h2>
        <p className="text-lg">
          <strong>{t("owner.goal")}:</strong> {page.chainGoal.trim() || t("owner.noGoal")}
          {page.focusAreaTitle ? ` (${page.focusAreaTitle})` : ""}
        </p>
        <ol className="flex flex-col gap-2" data-testid="owner-chain">
          {page.chain.map((step) => (
            <li key={step.id} className={`rounded-lg border-2 p-3 text-lg ${step.mine ? "border-brand-700 bg-brand-50" : "border-slate-300 bg-white"}`} aria-current={step.mine ? "step" : undefined}>
              <p className="font-semibold">
                {step.number}. {step.what.trim() || t("owner.untitled")}
                {step.mine && <span className="ml-2 text-base font-normal">({t("owner.yours")})</span>}
              </p>
              <p className="text-base">
                {[step.responsible, step.responsibleOrganisation].filter((s) => s.trim()).join(", ") || t("owner.nobody")} · {t(`status.${step.state.status}`)} · {step.state.progress} % ·{" "}
                {dateText(step.state.deadline, locale, none)}
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby={`${ids}-history`} className="flex flex-col gap-2">
        <h2 id={`${ids}-history`} className="text-xl font-bold">
          {t("owner.historyHeading")}
        </h2>
        {history.length === 0 ? (
          <p className="text-lg">{t("owner.noHistory")}</p>
        ) : (
          <ol className="flex flex-col gap-2" data-testid="owner-history">
            {history.map((entry) => (
              <li key={entry.at} className="rounded-lg border border-slate-300 bg-white p-3 text-base">
                <p className="font-semibold">{timeText(entry.at, locale)}</p>
                <p>
                  {t(`status.${entry.status}`)} · {entry.progress} % · {t("owner.deadline")}: {dateText(entry.deadline, locale, none)}
                </p>
                {entry.comment && <p className="mt-1 whitespace-pre-wrap">{entry.comment}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>

      <p className="text-lg">
        <a className="font-semibold text-brand-800 underline" href={page.calendarUrl}>
          {t("owner.calendar")}
        </a>
        <span className="block text-base text-muted">{t("owner.calendarHint")}</span>
      </p>
    </div>
  );
}
