"use client";
// The facilitator's form for a new round: focus areas from any board of the workshop
// (grouped per board, so areas gathered from several tables can be combined), the budget,
// the per-item cap, anonymity, when results show, and an optional closing time.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { Room } from "@/components/room/useRoom";
import type { CandidateBoard } from "@/lib/contract/voting";
import { MAX_BUDGET, MAX_POINTS, ROUND_KINDS, type RoundKind } from "@/lib/domain/voting";
import { buttonPrimary, buttonSecondary, inputClass } from "@/components/workshop/styles";
import { fetchCandidates } from "./api";
import { reasonKey } from "./reasonKey";
import { VotingAlert } from "./VotingAlert";

export interface SetupPreset {
  title: string;
  keys: string[];
}

const keyOf = (boardId: string, focusAreaId: string) => `${boardId}/${focusAreaId}`;

export function RoundSetup({ workshopId, preset, emit }: { workshopId: string; preset: SetupPreset | null; emit: Room["emit"] }) {
  const t = useTranslations("voting");
  const [boards, setBoards] = useState<CandidateBoard[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set(preset?.keys ?? []));
  const [title, setTitle] = useState(preset?.title ?? t("facilitator.defaultTitle"));
  const [kind, setKind] = useState<RoundKind>("dots");
  const [budget, setBudget] = useState(5);
  const [maxPerItem, setMaxPerItem] = useState(2);
  const [anonymous, setAnonymous] = useState(true);
  const [showLive, setShowLive] = useState(false);
  const [minutes, setMinutes] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = () => {
    fetchCandidates(workshopId).then(setBoards, () => setError(t("reasons.other")));
  };
  useEffect(load, [workshopId]); // eslint-disable-line react-hooks/exhaustive-deps

  function toggle(key: string) {
    setChosen((set) => {
      const next = new Set(set);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (chosen.size < 2) return setError(t("facilitator.minTwo"));
    const items = [...chosen].map((key) => {
      const [boardId, focusAreaId] = key.split("/");
      return { boardId, focusAreaId };
    });
    const closeIn = Number(minutes);
    setBusy(true);
    setError(null);
    const ack = await emit("vote:open", {
      title: title.trim(),
      items,
      // A points round lets any split: the cap is the budget.
      settings: { kind, budget, maxPerItem: kind === "points" ? budget : Math.min(maxPerItem, budget), anonymous, showLive, closesAt: minutes.trim() && closeIn > 0 ? Date.now() + closeIn * 60_000 : null },
    });
    setBusy(false);
    if (!ack.ok) setError(t(reasonKey(ack.code)));
  }

  const limit = kind === "points" ? MAX_POINTS : MAX_BUDGET;
  const withAreas = boards?.filter((b) => b.focusAreas.length > 0) ?? [];
  return (
    <form onSubmit={submit} className="flex flex-col gap-5" aria-labelledby="new-round-heading">
      <h2 id="new-round-heading" className="text-2xl font-bold">{t("facilitator.newRound")}</h2>
      <label className="text-lg font-semibold">
        {t("facilitator.titleLabel")}
        <input className={inputClass} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} required />
      </label>

      <fieldset className="flex flex-col gap-4">
        <legend className="text-xl font-bold">
          {t("facilitator.chooseAreas")} <span className="font-normal">({t("facilitator.chosenCount", { count: chosen.size })})</span>
        </legend>
        {boards === null && <p>{t("connecting")}</p>}
        {boards !== null && withAreas.length === 0 && <p className="text-lg">{t("facilitator.noBoards")}</p>}
        {withAreas.map((board) => (
          <fieldset key={board.boardId} className="rounded-xl border-2 border-slate-300 p-4">
            <legend className="px-1 text-lg font-semibold">{board.title}</legend>
            <button
              type="button"
              className="mb-2 text-base font-semibold text-brand-800 underline"
              onClick={() => setChosen((set) => new Set([...set, ...board.focusAreas.filter((a) => a.title).map((a) => keyOf(board.boardId, a.id))]))}
            >
              {t("facilitator.selectAllOnBoard", { board: board.title })}
            </button>
            <ul className="grid gap-2 sm:grid-cols-2">
              {board.focusAreas.map((area) => (
                <li key={area.id}>
                  <label className="flex items-start gap-3 rounded-lg p-2 text-lg hover:bg-slate-50">
                    <input type="checkbox" className="mt-1 h-6 w-6" checked={chosen.has(keyOf(board.boardId, area.id))} onChange={() => toggle(keyOf(board.boardId, area.id))} disabled={!area.title} />
                    <span>
                      {area.title || t("facilitator.untitled")} <span className="text-muted">({t("facilitator.notes", { count: area.noteCount })})</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
        <button type="button" className={`${buttonSecondary} self-start`} onClick={load}>
          {t("facilitator.reload")}
        </button>
      </fieldset>

      <fieldset>
        <legend className="text-lg font-semibold">{t("facilitator.kind")}</legend>
        {ROUND_KINDS.map((k) => (
          <label key={k} className="mt-1 flex items-center gap-3 text-lg">
            <input
              type="radio"
              name="kind"
              className="h-5 w-5"
              checked={kind === k}
              onChange={() => {
                setKind(k);
                setBudget(k === "points" ? 100 : 5);
              }}
            />
            {t(`facilitator.kinds.${k}`)}
          </label>
        ))}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <label className="text-lg font-semibold">
          {t(kind === "points" ? "facilitator.pointsBudget" : "facilitator.budget")}
          <input className={inputClass} type="number" min={1} max={limit} value={budget} onChange={(e) => setBudget(Math.max(1, Math.min(limit, Number(e.target.value) || 1)))} />
        </label>
        {kind === "dots" && (
          <label className="text-lg font-semibold">
            {t("facilitator.maxPerItem")}
            <input className={inputClass} type="number" min={1} max={budget} value={maxPerItem} onChange={(e) => setMaxPerItem(Math.max(1, Math.min(budget, Number(e.target.value) || 1)))} />
          </label>
        )}
      </div>
      <label className="flex items-center gap-3 text-lg">
        <input type="checkbox" className="h-6 w-6" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
        {t("facilitator.anonymous")}
      </label>
      <fieldset>
        <legend className="text-lg font-semibold">{t("facilitator.visibility")}</legend>
        <label className="mt-1 flex items-center gap-3 text-lg">
          <input type="radio" name="visibility" className="h-5 w-5" checked={!showLive} onChange={() => setShowLive(false)} />
          {t("facilitator.hidden")}
        </label>
        <label className="mt-1 flex items-center gap-3 text-lg">
          <input type="radio" name="visibility" className="h-5 w-5" checked={showLive} onChange={() => setShowLive(true)} />
          {t("facilitator.live")}
        </label>
      </fieldset>
      <label className="text-lg font-semibold">
        {t("facilitator.closesIn")}
        <input className={`${inputClass} block max-w-40`} type="number" min={1} max={600} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
      </label>
      <VotingAlert error={error} />
      <button type="submit" className={`${buttonPrimary} self-start`} disabled={busy}>
        {busy ? t("facilitator.opening") : t("facilitator.open")}
      </button>
    </form>
  );
}
