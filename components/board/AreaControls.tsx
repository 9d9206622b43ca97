// Rename, recolour, merge and dissolve one focus area. Used in the canvas' side panel and
// in the list view, so both offer exactly the same actions.
"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { FocusAreaSnapshot } from "@/lib/board";
import type { BoardActions } from "./boardActions";
import { ColourSelect } from "./ColourSelect";
import { useAreaName } from "./useAreaName";

interface Props {
  area: FocusAreaSnapshot;
  areas: FocusAreaSnapshot[];
  actions: BoardActions;
  disabled: boolean;
  onDissolved?(): void;
  /** Moves focus to the title field (a new area, named at once). */
  focusTitle?: boolean;
  onTitleFocused?(): void;
}

export function AreaControls({ area, areas, actions, disabled, onDissolved, focusTitle = false, onTitleFocused }: Props) {
  const t = useTranslations("board");
  const [title, setTitle] = useState(area.title);
  const [mergeInto, setMergeInto] = useState("");
  const areaName = useAreaName();
  const name = areaName(area);
  useEffect(() => setTitle(area.title), [area.title]);
  const titleInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focusTitle) return;
    titleInput.current?.focus();
    onTitleFocused?.();
  }, [focusTitle, onTitleFocused]);
  const others = areas.filter((a) => a.id !== area.id);

  return (
    <div className="space-y-3">
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          actions.renameArea(area.id, title.trim());
        }}
      >
        <label className="flex flex-col text-base font-semibold">
          {t("area.title")}
          <input
            value={title}
            maxLength={200}
            disabled={disabled}
            onChange={(e) => setTitle(e.target.value)}
            ref={titleInput}
            className="mt-1 w-60 rounded-lg border-2 border-slate-400 bg-white px-2 py-1.5 text-base font-normal"
          />
        </label>
        <button type="submit" disabled={disabled || title.trim() === area.title} className="rounded-lg bg-brand-700 px-3 py-1.5 text-base font-semibold text-white disabled:bg-slate-400">
          {t("area.rename")}
        </button>
      </form>
      <ColourSelect label={t("area.colour")} value={area.colour} disabled={disabled} onChange={(c) => c && actions.recolourArea(area.id, c)} />
      {others.length > 0 && (
        <div className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col text-base font-semibold">
            {t("area.mergeInto", { title: name })}
            <select value={mergeInto} disabled={disabled} onChange={(e) => setMergeInto(e.target.value)} className="mt-1 max-w-64 rounded-lg border-2 border-slate-400 bg-white px-2 py-1.5 text-base font-normal">
              <option value="">{t("area.chooseArea")}</option>
              {others.map((a) => (
                <option key={a.id} value={a.id}>
                  {areaName(a)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            disabled={disabled || !mergeInto}
            onClick={() => {
              actions.mergeAreas(mergeInto, [area.id]);
              onDissolved?.();
            }}
            className="rounded-lg border-2 border-brand-700 px-3 py-1.5 text-base font-semibold text-brand-800 disabled:border-slate-300 disabled:text-slate-500"
          >
            {t("area.merge")}
          </button>
        </div>
      )}
      <button
        type="button"
        disabled={disabled}
        onClick={() => {
          actions.dissolveArea(area.id);
          onDissolved?.();
        }}
        className="rounded-lg border-2 border-red-800 px-3 py-1.5 text-base font-semibold text-red-900 hover:bg-red-50 disabled:border-slate-300 disabled:text-slate-500"
      >
        {t("area.dissolve", { title: name })}
      </button>
    </div>
  );
}
