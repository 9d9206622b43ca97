"use client";
// The big screen during prioritising: progress while people vote (never the counts of a
// hidden round: the projector's socket does not receive them), the ranking after the reveal.
// For the projector page (/present): <VotingProjection room={room} /> with its useRoom.
import { useTranslations } from "next-intl";
import type { Room } from "@/components/room/useRoom";
import { ResultsList } from "./ResultsList";
import { useVoting } from "./useVoting";
import { VotingProgress } from "./VotingProgress";

export function VotingProjection({ room }: { room: Room }) {
  const t = useTranslations("voting");
  const { snapshot } = useVoting(room);
  const { round, progress, tally, results } = snapshot;
  if (!round) return <p className="text-5xl font-bold">{t("projection.waiting")}</p>;
  if (results) return <ResultsList results={results} large />;
  const totals = new Map(tally?.items.map((i) => [i.id, i.dots]) ?? []);
  const top = Math.max(1, ...totals.values());
  return (
    <section className="flex flex-col gap-8" data-testid="voting-projection">
      <h2 className="text-5xl font-bold">{round.title}</h2>
      <p className="text-3xl">{round.status === "open" ? t("projection.voting") : t("projection.closed")}</p>
      <VotingProgress progress={progress} large />
      {tally && (
        <ul className="flex flex-col gap-3">
          {round.items.map((item) => (
            <li key={item.id} className="text-3xl">
              <div className="flex justify-between gap-4">
                <span>{item.title}</span>
                <span className="font-bold">{t("results.dots", { dots: totals.get(item.id) ?? 0 })}</span>
              </div>
              <div aria-hidden="true" className="mt-1 h-5 rounded bg-slate-100">
                <div className="h-full rounded bg-brand-700" style={{ width: `${Math.round(((totals.get(item.id) ?? 0) / top) * 100)}%` }} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
