"use client";

import { useTranslations } from "next-intl";
import type { RoomState } from "@/lib/contract/room";

const button = "rounded-lg px-4 py-2 text-lg font-semibold disabled:cursor-not-allowed disabled:opacity-50";

/** Previous / next and a jump list. Targets are absolute phase ids (see phaseSet.ts). */
export function PhaseStepper({ state, go, busy }: { state: RoomState; go: (phaseId: string, title: string) => void; busy: boolean }) {
  const t = useTranslations("room");
  const index = state.phases.findIndex((p) => p.id === state.currentPhaseId);
  const previous = index > 0 ? state.phases[index - 1] : null;
  const next = index < state.phases.length - 1 ? state.phases[index + 1] : null;
  return (
    <section aria-labelledby="phases-heading" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="phases-heading" className="text-xl font-bold">
        {t("phasesHeading")}
      </h2>
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="button" disabled={!previous || busy} onClick={() => previous && go(previous.id, previous.title)} className={`${button} border-2 border-brand-700 bg-white text-brand-800`}>
          ← {t("previousPhase")}
        </button>
        <button type="button" disabled={!next || busy} onClick={() => next && go(next.id, next.title)} className={`${button} bg-brand-700 text-white hover:bg-brand-800`}>
          {index < 0 ? t("startFirstPhase") : t("nextPhase")} →
        </button>
      </div>
      {state.phases.length === 0 ? (
        <p className="mt-3 text-muted">{t("noPhases")}</p>
      ) : (
        <ol className="mt-4 flex flex-col gap-2">
          {state.phases.map((phase, i) => {
            const current = phase.id === state.currentPhaseId;
            return (
              <li key={phase.id} aria-current={current ? "step" : undefined} className={`flex items-center justify-between gap-3 rounded-lg border-2 p-2 ${current ? "border-brand-700 bg-brand-50" : "border-slate-200"}`}>
                <span className="text-lg">
                  <span className="font-mono">{i + 1}.</span> {phase.title}
                  {current && <strong className="ml-2">({t("currentPhase")})</strong>}
                </span>
                {!current && (
                  <button type="button" disabled={busy} onClick={() => go(phase.id, phase.title)} className="rounded-lg border-2 border-slate-500 bg-white px-3 py-1 font-semibold" aria-label={t("goToPhaseNamed", { title: phase.title })}>
                    {t("goToPhase")}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
