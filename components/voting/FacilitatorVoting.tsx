"use client";
// The facilitator's voting page: set up a round, watch progress and the (private) tally,
// close, reveal, read the breakdown by organisation and sector, hold a runoff among tied
// areas, and look back at earlier rounds.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { ConnectionStatus } from "@/components/room/ConnectionStatus";
import { useRoom, type Room } from "@/components/room/useRoom";
import { buttonPrimary, buttonSecondary, panelClass } from "@/components/workshop/styles";
import type { RoundRecord } from "@/lib/contract/voting";
import type { Results, RoundView } from "@/lib/contract/voting";
import { fetchHistory } from "./api";
import { BreakdownTable } from "./BreakdownTable";
import { reasonKey } from "./reasonKey";
import { ResultsList } from "./ResultsList";
import { RoundSetup, type SetupPreset } from "./RoundSetup";
import { useVoting } from "./useVoting";
import { VotingProgress } from "./VotingProgress";
import { VotingAlert } from "./VotingAlert";

function runoffPreset(round: RoundView, results: Results, title: string): SetupPreset | null {
  const tied = results.ranking.filter((r) => r.tied);
  if (tied.length === 0) return null;
  const bestTiedRank = Math.min(...tied.map((r) => r.rank));
  const ids = new Set(tied.filter((r) => r.rank === bestTiedRank).map((r) => r.id));
  return { title, keys: round.items.filter((i) => ids.has(i.id)).map((i) => `${i.boardId}/${i.focusAreaId}`) };
}

/**
 * Where the participants and the projector see this round, said plainly: an open round shows on
 * their screens in any phase (PhaseArea, Projector); its result shows in the prioritising phase.
 */
function WhereItShows({ state, open }: { state: Room["state"]; open: boolean }) {
  const t = useTranslations("voting.facilitator");
  if (!state) return null;
  const phase = state.phases.find((p) => p.id === state.currentPhaseId) ?? null;
  if (phase?.kind === "prioritising") return <p className="mt-2 text-lg" data-testid="round-where">{t("shownInPrioritising")}</p>;
  const prioritising = state.phases.find((p) => p.kind === "prioritising");
  return (
    <p className="mt-2 rounded-lg border-2 border-amber-700 bg-amber-50 p-3 text-lg" data-testid="round-where">
      {open ? t("shownAbovePhase", { phase: phase?.title ?? t("noPhase") }) : t("resultInPrioritising", { phase: prioritising?.title ?? t("prioritisingPhase") })}
    </p>
  );
}

export function FacilitatorVoting({ workshopId }: { workshopId: string }) {
  const t = useTranslations("voting");
  const room = useRoom(workshopId);
  const { snapshot } = useVoting(room);
  const { round, progress, tally, results } = snapshot;
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [preset, setPreset] = useState<{ value: SetupPreset | null; n: number } | null>(null);
  const [history, setHistory] = useState<RoundRecord[]>([]);

  useEffect(() => {
    fetchHistory(workshopId).then(setHistory, () => undefined);
  }, [workshopId, round?.id, round?.status]);

  async function act(event: "vote:close" | "vote:reveal") {
    if (!round) return;
    setError(null);
    const ack = await room.emit(event, { roundId: round.id });
    if (!ack.ok) return setError(t(reasonKey(ack.code)));
    if ("boardsNotUpdated" in ack) {
      const failed = ack.boardsNotUpdated;
      setNotice(failed.length === 0 ? t("facilitator.ranksWritten") : t("facilitator.ranksNotWritten", { count: failed.length }));
    }
  }

  const settingUp = preset !== null || !round || round.status === "revealed";
  const showSetup = preset !== null || !round;
  const totals = new Map(tally?.items.map((i) => [i.id, i.dots]) ?? []);
  const earlier = history.filter((h) => h.round.id !== round?.id && h.results);

  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("facilitator.heading")}</h1>
        <div className="flex flex-wrap items-center gap-3">
          <a className={buttonSecondary} href={`/workshops/${workshopId}/run`}>{t("facilitator.backToRun")}</a>
          <a className={buttonSecondary} href={`/present/${workshopId}`} target="_blank" rel="noreferrer">{t("facilitator.presenter")}</a>
          <ConnectionStatus status={room.status} />
        </div>
      </div>
      <VotingAlert error={error} />
      {notice && <p role="status" className="rounded-lg border-2 border-brand-700 bg-brand-50 p-3 text-lg">{notice}</p>}

      {round && (
        <section className={panelClass} aria-labelledby="current-round" data-testid="current-round">
          <p className="text-lg text-muted">{t("facilitator.current")} · <strong data-testid="round-status">{t(`status.${round.status}`)}</strong></p>
          <h2 id="current-round" className="text-2xl font-bold">{round.title}</h2>
          <p className="text-lg">
            {round.kind === "points" ? t("facilitator.pointsSummary", { budget: round.budget }) : t("facilitator.settingsSummary", { budget: round.budget, maxPerItem: round.maxPerItem })} · {round.anonymous ? t("facilitator.anonymousShort") : t("facilitator.namedShort")} · {round.showLive ? t("facilitator.liveShort") : t("facilitator.hiddenShort")}
          </p>
          <WhereItShows state={room.state} open={round.status === "open"} />
          <div className="mt-4"><VotingProgress progress={progress} /></div>
          {round.status !== "revealed" && tally && (
            <div className="mt-4">
              <h3 className="text-xl font-bold">{t("facilitator.liveTally")}</h3>
              <ul className="mt-2 flex flex-col gap-1 text-lg" data-testid="facilitator-tally">
                {round.items.map((item) => (
                  <li key={item.id} className="flex justify-between gap-4 border-b border-slate-200 py-1">
                    <span>{item.title}</span>
                    <strong>{t("results.dots", { dots: totals.get(item.id) ?? 0 })}</strong>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="mt-5 flex flex-wrap gap-3">
            {round.status === "open" && <button type="button" className={buttonPrimary} onClick={() => act("vote:close")}>{t("facilitator.close")}</button>}
            {round.status === "closed" && <button type="button" className={buttonPrimary} onClick={() => act("vote:reveal")}>{t("facilitator.reveal")}</button>}
            {round.status !== "open" && (
              <a className={buttonSecondary} href={`/api/workshops/${workshopId}/voting/${round.id}/results?format=csv`}>{t("facilitator.exportCsv")}</a>
            )}
            {results && round.status === "revealed" && runoffPreset(round, results, "") && (
              <button type="button" className={buttonSecondary} onClick={() => setPreset((p) => ({ value: runoffPreset(round, results, t("facilitator.runoffTitle", { title: round.title })), n: (p?.n ?? 0) + 1 }))}>
                {t("facilitator.runoff")}
              </button>
            )}
            {round.status === "revealed" && !showSetup && (
              <button type="button" className={buttonSecondary} onClick={() => setPreset((p) => ({ value: null, n: (p?.n ?? 0) + 1 }))}>{t("facilitator.newRound")}</button>
            )}
          </div>
        </section>
      )}

      {results && round?.status === "revealed" && (
        <section className={`${panelClass} flex flex-col gap-6`}>
          <ResultsList results={results} kind={round.kind} />
          <BreakdownTable title={t("breakdown.byOrganisation")} rows={results.byOrganisation} items={results.ranking} anonymousMin={results.minGroupSize} />
          <BreakdownTable title={t("breakdown.bySector")} rows={results.bySector} items={results.ranking} anonymousMin={results.minGroupSize} sectors />
          {results.ballots && results.ballots.length > 0 && <Ballots results={results} />}
        </section>
      )}

      {settingUp && showSetup && room.status === "connected" && (
        <section className={panelClass}>
          <RoundSetup key={preset?.n ?? 0} workshopId={workshopId} preset={preset?.value ?? null} emit={room.emit} />
        </section>
      )}

      {earlier.length > 0 && (
        <section className={panelClass} aria-labelledby="history-heading">
          <h2 id="history-heading" className="text-2xl font-bold">{t("facilitator.history")}</h2>
          {earlier.map((h) => (
            <details key={h.round.id} className="mt-3 rounded-lg border border-slate-300 p-3">
              <summary className="cursor-pointer text-lg font-semibold">{h.round.title} · {t(`status.${h.round.status}`)}</summary>
              <div className="mt-3">{h.results && <ResultsList results={h.results} kind={h.round.kind} />}</div>
            </details>
          ))}
        </section>
      )}
    </div>
  );
}

function Ballots({ results }: { results: Results }) {
  const t = useTranslations("voting.facilitator");
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-lg">
        <caption className="pb-2 text-left text-xl font-bold">{t("ballots")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="py-2 pr-3">{t("person")}</th>
            {results.ranking.map((r) => <th key={r.id} scope="col" className="px-2 py-2 text-right">{r.title}</th>)}
          </tr>
        </thead>
        <tbody>
          {results.ballots!.map((b) => (
            <tr key={b.participantId} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-3 font-semibold">{b.name} <span className="font-normal text-muted">({b.organisation})</span></th>
              {results.ranking.map((r) => <td key={r.id} className="px-2 py-2 text-right">{b.dots[r.id] ?? 0}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
