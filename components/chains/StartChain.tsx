// Starting a chain for a focus area: the ranked areas come first ("Nr. 1: …"), as the voting
// decided, but the table may pick any area, or none when the facilitator asks for a free chain.
"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionChainSnapshot, FocusAreaSnapshot } from "@/lib/board";
import { areasByPriority } from "./chainModel";
import { inputClass, labelClass, primaryButtonClass } from "./styles";

const noArea = "";

export function StartChain({ areas, chains, onStart }: { areas: FocusAreaSnapshot[]; chains: ActionChainSnapshot[]; onStart(focusAreaId: string | null): void }) {
  const t = useTranslations("chains");
  const id = useId();
  const ordered = areasByPriority(areas);
  const withChain = new Set(chains.map((c) => c.focusAreaId));
  const suggested = ordered.find((a) => !withChain.has(a.id))?.id ?? noArea;
  const [chosen, setChosen] = useState<string | null>(null);
  const value = chosen !== null && (chosen === noArea || ordered.some((a) => a.id === chosen)) ? chosen : suggested;

  return (
    <form
      className="flex flex-col gap-2 rounded-xl border-2 border-slate-300 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        onStart(value === noArea ? null : value);
        setChosen(null);
      }}
    >
      <h3 className="text-xl font-bold">{t("start.heading")}</h3>
      {ordered.length === 0 && <p className="text-lg text-muted">{t("start.noAreas")}</p>}
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-72 flex-1 flex-col gap-1">
          <label htmlFor={id} className={labelClass}>
            {t("start.area")}
          </label>
          <select id={id} value={value} onChange={(e) => setChosen(e.target.value)} className={inputClass}>
            {ordered.map((area) => {
              const title = area.title.trim() || t("chain.untitledArea");
              const label = area.rank !== null ? t("start.ranked", { rank: area.rank, title }) : title;
              return (
                <option key={area.id} value={area.id}>
                  {withChain.has(area.id) ? t("start.hasChain", { label }) : label}
                </option>
              );
            })}
            <option value={noArea}>{t("start.none")}</option>
          </select>
        </div>
        <button type="submit" className={primaryButtonClass}>
          {t("start.button")}
        </button>
      </div>
    </form>
  );
}
