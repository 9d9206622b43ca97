// "Move to focus area": a labelled select of the board's areas plus a button, usable from
// the canvas' side panel and from every note in the list view.
"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { FocusAreaSnapshot } from "@/lib/board";
import { useAreaName } from "./useAreaName";

interface Props {
  areas: FocusAreaSnapshot[];
  current: string | null;
  onMove(areaId: string | null): void;
  disabled?: boolean;
  /** Extra words for the label, e.g. which note it is about, for screen readers. */
  labelSuffix?: string;
}

const none = "__none__";

export function AreaPicker({ areas, current, onMove, disabled, labelSuffix }: Props) {
  const t = useTranslations("board");
  const areaName = useAreaName();
  const [choice, setChoice] = useState<string>(current ?? none);
  return (
    <div className="flex flex-wrap items-end gap-2">
      <label className="flex flex-col text-base font-semibold">
        <span>
          {t("area.moveTo")}
          {labelSuffix && <span className="sr-only"> {labelSuffix}</span>}
        </span>
        <select value={choice} disabled={disabled} onChange={(e) => setChoice(e.target.value)} className="mt-1 max-w-64 rounded-lg border-2 border-slate-400 bg-white px-2 py-1.5 text-base font-normal">
          <option value={none}>{t("area.none")}</option>
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {areaName(a)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        disabled={disabled || choice === (current ?? none)}
        onClick={() => onMove(choice === none ? null : choice)}
        className="rounded-lg border-2 border-brand-700 bg-white px-3 py-1.5 text-base font-semibold text-brand-800 hover:bg-brand-50 disabled:border-slate-300 disabled:text-slate-500"
      >
        {t("area.move")}
        {labelSuffix && <span className="sr-only"> {labelSuffix}</span>}
      </button>
    </div>
  );
}
