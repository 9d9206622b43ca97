"use client";
// A participant's ballot for the "prioritising" phase: one row per focus area with
// "remove a dot" / "add a dot" buttons, the dots left read out politely after each change,
// and refusals (closed round, budget spent, cap reached) said in words. Buttons that would be
// refused stay focusable (aria-disabled) so keyboard users do not lose their place.
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { Room } from "@/components/room/useRoom";
import { validateVote } from "@/lib/domain/voting/validateVote";
import { DotRow } from "./DotRow";
import { PointsBallot } from "./PointsBallot";
import { ResultsList } from "./ResultsList";
import { reasonKey } from "./reasonKey";
import type { Voting } from "./useVoting";
import { VotingProgress } from "./VotingProgress";
import { VotingAlert, VotingAnnouncement } from "./VotingAlert";

/** `voting` is the screen's one useVoting(room): the room decides where the ballot shows (PhaseArea). */
export function ParticipantVoting({ room, voting }: { room: Room; voting: Voting }) {
  const t = useTranslations("voting");
  const locale = useLocale();
  const { snapshot, loaded, vote } = voting;
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { round, mine, tally, results, progress } = snapshot;

  if (!loaded) return <p className="text-xl">{t("connecting")}</p>;
  if (!round) {
    return (
      <div className="rounded-xl border-2 border-slate-300 bg-white p-6" data-testid="voting-waiting">
        <h2 className="text-2xl font-bold">{t("heading")}</h2>
        <p className="mt-2 text-xl">{t("noRound")}</p>
      </div>
    );
  }

  const dots = mine?.dots ?? {};
  const spent = mine?.spent ?? 0;
  const left = round.budget - spent;
  const now = room.serverNow();
  const accepting = round.status === "open" && (round.closesAt === null || now < round.closesAt);
  const state = { budget: round.budget, maxPerItem: round.maxPerItem, closesAt: round.closesAt, status: round.status };
  const totals = new Map(tally?.items.map((i) => [i.id, i.dots]) ?? []);

  async function change(kind: "cast" | "retract", itemId: string, title: string) {
    if (busy) return;
    const check = validateVote(state, dots, { kind, itemId }, room.serverNow());
    if (!check.ok) {
      setError(t(reasonKey(check.reason)));
      return;
    }
    setBusy(true);
    setError(null);
    const ack = await vote(kind, itemId);
    setBusy(false);
    if (!ack.ok) {
      setError(t(reasonKey(ack.code)));
      return;
    }
    const leftNow = ack.mine.left;
    setAnnouncement(t(kind === "cast" ? "castDone" : "retractDone", { title, left: leftNow }));
  }

  const time = round.closesAt ? new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Oslo" }).format(round.closesAt) : null;

  return (
    <div className="flex flex-col gap-5" data-testid="participant-voting">
      <div className="rounded-xl border-2 border-brand-700 bg-white p-5">
        <h2 className="text-3xl font-bold">{round.title}</h2>
        {accepting && <p className="mt-2 text-lg">{round.kind === "points" ? t("points.rules", { budget: round.budget }) : t("rules", { budget: round.budget, maxPerItem: round.maxPerItem })}</p>}
        <p className="mt-1 text-lg text-muted">
          {round.showLive ? t("liveNote") : t("hiddenNote")} {round.anonymous ? t("anonymousNote") : t("namedNote")}
        </p>
        {time && accepting && <p className="mt-1 text-lg font-semibold">{t("closesAt", { time })}</p>}
        {accepting && round.kind === "dots" && (
          <div className="mt-4 flex flex-wrap items-center gap-3 rounded-lg bg-brand-50 p-3">
            <DotRow filled={left} total={round.budget} size="lg" />
            <p className="text-2xl font-bold" aria-live="polite" aria-atomic="true" data-testid="dots-left">
              {left > 0 ? t("dotsLeft", { left, budget: round.budget }) : t("allSpent")}
            </p>
          </div>
        )}
      </div>

      {!accepting && round.status !== "revealed" && (
        <p className="rounded-xl border-2 border-slate-500 bg-slate-50 p-4 text-xl font-semibold" role="status">
          {t("closed")}
        </p>
      )}
      {results && <ResultsList results={results} kind={round.kind} />}

      <VotingAnnouncement text={announcement} />
      <VotingAlert error={error} />

      {!results && round.kind === "points" && <PointsBallot round={round} voting={voting} accepting={accepting} now={room.serverNow} />}
      {!results && round.kind === "dots" && (
        <ul className="flex flex-col gap-3" aria-label={t("heading")}>
          {round.items.map((item) => {
            const onItem = dots[item.id] ?? 0;
            const canAdd = accepting && left > 0 && onItem < round.maxPerItem;
            const canRemove = accepting && onItem > 0;
            return (
              <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 rounded-xl border-2 border-slate-300 bg-white p-4" data-testid="vote-item">
                <div className="min-w-0 flex-1">
                  <p className="text-2xl font-semibold break-words">{item.title}</p>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-lg">
                    <DotRow filled={onItem} total={round.maxPerItem} />
                    <span data-testid="my-dots">{t("myDotsOn", { count: onItem, max: round.maxPerItem })}</span>
                    {onItem >= round.maxPerItem && <span className="rounded bg-slate-200 px-2 text-base font-semibold">{t("itemFull")}</span>}
                  </p>
                  {tally && <p className="mt-1 text-lg text-muted">{t("totalLive", { dots: totals.get(item.id) ?? 0 })}</p>}
                </div>
                {accepting && (
                  <div className="flex gap-2">
                    <button
                      type="button"
                      className="h-14 min-w-14 rounded-lg border-2 border-brand-800 bg-white px-4 text-3xl font-bold text-brand-800 hover:bg-brand-50 aria-disabled:cursor-not-allowed aria-disabled:border-slate-400 aria-disabled:text-slate-500"
                      aria-label={t("remove", { title: item.title })}
                      aria-disabled={!canRemove}
                      onClick={() => change("retract", item.id, item.title)}
                    >
                      −
                    </button>
                    <button
                      type="button"
                      className="h-14 min-w-14 rounded-lg border-2 border-brand-800 bg-brand-700 px-4 text-3xl font-bold text-white hover:bg-brand-800 aria-disabled:cursor-not-allowed aria-disabled:border-slate-400 aria-disabled:bg-slate-200 aria-disabled:text-slate-600"
                      aria-label={t("add", { title: item.title })}
                      aria-disabled={!canAdd}
                      onClick={() => change("cast", item.id, item.title)}
                    >
                      +
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <VotingProgress progress={progress} />
    </div>
  );
}
