"use client";
// A participant's ballot in a points round: one number field per focus area (0 up to what is
// left), saved when the field is left or Enter is pressed. The vote rule (validateVote) checks
// the amount first and words a refusal; the server's guarded statement keeps the whole ballot
// within the budget whatever other tabs send.
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { RoundView } from "@/lib/contract/voting";
import { validateVote } from "@/lib/domain/voting/validateVote";
import { inputClass } from "@/components/workshop/styles";
import { reasonKey } from "./reasonKey";
import type { Voting } from "./useVoting";
import { VotingAlert, VotingAnnouncement } from "./VotingAlert";

export function PointsBallot({ round, voting, accepting, now }: { round: RoundView; voting: Voting; accepting: boolean; now: () => number }) {
  const t = useTranslations("voting");
  const points = voting.snapshot.mine?.dots ?? {};
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const state = { budget: round.budget, maxPerItem: round.maxPerItem, closesAt: round.closesAt, status: round.status };
  const spent = voting.snapshot.mine?.spent ?? 0;

  async function save(itemId: string, title: string) {
    const text = drafts[itemId];
    if (text === undefined) return;
    const amount = text.trim() === "" ? 0 : Number(text);
    const check = validateVote(state, points, { kind: "set", itemId, amount }, now());
    if (!check.ok) return setError(t(reasonKey(check.reason)));
    setError(null);
    const ack = await voting.allocate(itemId, amount);
    if (!ack.ok) return setError(t(reasonKey(ack.code)));
    setDrafts(({ [itemId]: _saved, ...rest }) => rest);
    setAnnouncement(t("points.saved", { title, points: amount, left: ack.mine.left }));
  }

  return (
    <div className="flex flex-col gap-3" data-testid="points-ballot">
      <p className="rounded-lg bg-brand-50 p-3 text-2xl font-bold" aria-live="polite" aria-atomic="true" data-testid="points-left">
        {t("points.left", { left: round.budget - spent, budget: round.budget })}
      </p>
      <VotingAnnouncement text={announcement} />
      <VotingAlert error={error} />
      <ul className="flex flex-col gap-3" aria-label={t("heading")}>
        {round.items.map((item) => (
          <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 rounded-xl border-2 border-slate-300 bg-white p-4" data-testid="points-item">
            <label className="flex w-full flex-wrap items-center justify-between gap-3 text-2xl font-semibold">
              <span className="min-w-0 flex-1 break-words">{item.title}</span>
              <span className="flex items-center gap-2 text-lg font-normal">
                <input
                  className={`${inputClass} w-28 text-right`}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={round.budget}
                  step={1}
                  disabled={!accepting}
                  value={drafts[item.id] ?? String(points[item.id] ?? 0)}
                  onChange={(e) => setDrafts((d) => ({ ...d, [item.id]: e.target.value }))}
                  onBlur={() => void save(item.id, item.title)}
                  onKeyDown={(e) => {
                    if (e.key === "Enter") {
                      e.preventDefault();
                      void save(item.id, item.title);
                    }
                  }}
                  aria-describedby="points-unit"
                />
                <span id="points-unit">{t("points.unit")}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
