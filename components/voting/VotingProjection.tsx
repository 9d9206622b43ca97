"use client";
// The big screen during a vote: progress while people vote, the ranking after the reveal.
// Never the counts of a hidden round: the projector connects as an observer whose socket does
// not receive them (app/present), and this component draws counts only for a live round even
// if some screen got them, so what the room sees does not depend on who is signed in.
// For the projector page (/present): <VotingProjection voting={useVoting(room)} />.
import { useTranslations } from "next-intl";
import { ResultsList } from "./ResultsList";
import type { Voting } from "./useVoting";
import { VotingProgress } from "./VotingProgress";

export function VotingProjection({ voting }: { voting: Voting }) {
  const t = useTranslations("voting");
  const { round, progress, results } = voting.snapshot;
  if (!round) return <p className="text-5xl font-bold">{t("projection.waiting")}</p>;
  if (results && round.status === "revealed") return <ResultsList results={results} large kind={round.kind} />;
  const tally = round.showLive ? voting.snapshot.tally : null;
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
