"use client";
// The ranking after a reveal: place (ties said in words, not only shown), title, dots and a
// bar relative to the winner. An ordered list, so a screen reader announces the order.
import { useTranslations } from "next-intl";
import type { Results } from "@/lib/contract/voting";
import type { RoundKind } from "@/lib/domain/voting";

/** A points round shows each area's share of all points and how far apart the organisations are. */
export function ResultsList({ results, large = false, kind = "dots" }: { results: Results; large?: boolean; kind?: RoundKind }) {
  const t = useTranslations("voting.results");
  const spreadOf = new Map(results.spread?.map((s) => [s.itemId, s]) ?? []);
  const percent = (share: number) => Math.round(share * 100);
  const anyTie = results.ranking.some((r) => r.tied);
  return (
    <section aria-labelledby={`results-${results.roundId}`} className="flex flex-col gap-3">
      <h2 id={`results-${results.roundId}`} className={large ? "text-5xl font-bold" : "text-2xl font-bold"}>
        {t("heading")}
      </h2>
      <p className={large ? "text-2xl" : "text-lg"}>{t(kind === "points" ? "pointsSummary" : "summary", { voted: results.voted, eligible: results.eligible, total: results.totalDots })}</p>
      <ol className="flex flex-col gap-2" aria-label={t("caption")} data-testid="vote-ranking">
        {results.ranking.map((r) => (
          <li key={r.id} className={`rounded-xl border-2 ${r.rank === 1 ? "border-brand-700" : "border-slate-300"} bg-white p-3`} data-testid="vote-ranking-item">
            <div className={`flex flex-wrap items-baseline justify-between gap-x-4 ${large ? "text-3xl" : "text-xl"}`}>
              <span>
                <span className="font-bold">{r.tied ? t("tiedRank", { rank: r.rank }) : t("rank", { rank: r.rank })}</span>
                {": "}
                <span data-testid="vote-ranking-title">{r.title}</span>
              </span>
              {kind === "points" ? (
                <span className="font-semibold" data-testid="vote-ranking-share">
                  {t("pointsShare", { points: r.dots, percent: percent(r.share) })}
                </span>
              ) : (
                <span className="font-semibold">
                  {t("dots", { dots: r.dots })}
                  <span className="sr-only">, {t("share", { percent: percent(r.share) })}</span>
                </span>
              )}
            </div>
            {kind === "points" && spreadOf.get(r.id)?.min != null && (
              <p className={large ? "text-xl" : "text-base"} data-testid="vote-ranking-spread">
                {t("spread", { min: percent(spreadOf.get(r.id)!.min!), max: percent(spreadOf.get(r.id)!.max!) })}
              </p>
            )}
            <div aria-hidden="true" className={`mt-2 w-full rounded bg-slate-100 ${large ? "h-6" : "h-3"}`}>
              <div className={`h-full rounded ${r.tied ? "bg-amber-600 bg-[repeating-linear-gradient(45deg,transparent,transparent_6px,rgba(255,255,255,.45)_6px,rgba(255,255,255,.45)_12px)]" : "bg-brand-700"}`} style={{ width: `${Math.round(r.relative * 100)}%` }} />
            </div>
          </li>
        ))}
      </ol>
      {anyTie && <p className={large ? "text-2xl" : "text-lg"}>{t("tieWarning")}</p>}
    </section>
  );
}
