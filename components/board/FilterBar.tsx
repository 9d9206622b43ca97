// Search and filter, the same for canvas and list.
"use client";
import { useTranslations } from "next-intl";
import { ColourSelect } from "./ColourSelect";
import { emptyFilter, isFilterActive, type NoteFilter } from "./filter";

interface Props {
  filter: NoteFilter;
  onChange(filter: NoteFilter): void;
  organisations: string[];
  shown: number;
  total: number;
}

export function FilterBar({ filter, onChange, organisations, shown, total }: Props) {
  const t = useTranslations("board");
  return (
    <div role="search" className="flex flex-wrap items-center gap-x-3 gap-y-2" aria-label={t("filter.label")}>
      <label className="flex items-center gap-2 text-base font-semibold">
        {t("filter.text")}
        <input
          type="search"
          value={filter.text}
          onChange={(e) => onChange({ ...filter, text: e.target.value })}
          className="w-44 rounded-lg border-2 border-slate-400 bg-white px-2 py-1.5 text-base font-normal"
        />
      </label>
      <ColourSelect inline label={t("filter.colour")} value={filter.colour} allowAny onChange={(colour) => onChange({ ...filter, colour })} />
      <label className="flex items-center gap-2 text-base font-semibold">
        {t("filter.organisation")}
        <select
          value={filter.organisation}
          onChange={(e) => onChange({ ...filter, organisation: e.target.value })}
          className="max-w-52 rounded-lg border-2 border-slate-400 bg-white px-2 py-1.5 text-base font-normal"
        >
          <option value="">{t("filter.anyOrganisation")}</option>
          {organisations.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </label>
      {isFilterActive(filter) && (
        <>
          <p className="text-base" aria-live="polite">
            {t("filter.showing", { shown, total })}
          </p>
          <button type="button" onClick={() => onChange(emptyFilter)} className="rounded-lg border-2 border-slate-400 px-3 py-1.5 text-base font-semibold hover:bg-slate-100">
            {t("filter.clear")}
          </button>
        </>
      )}
    </div>
  );
}
