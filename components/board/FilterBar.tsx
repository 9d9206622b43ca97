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
    <div role="search" className="flex flex-wrap items-end gap-3 border-b border-slate-200 bg-white px-4 py-2" aria-label={t("filter.label")}>
      <label className="flex flex-col text-base font-semibold">
        {t("filter.text")}
        <input
          type="search"
          value={filter.text}
          onChange={(e) => onChange({ ...filter, text: e.target.value })}
          className="mt-1 w-56 rounded-lg border-2 border-slate-400 bg-white px-2 py-1.5 text-base font-normal"
        />
      </label>
      <ColourSelect label={t("filter.colour")} value={filter.colour} allowAny onChange={(colour) => onChange({ ...filter, colour })} />
      <label className="flex flex-col text-base font-semibold">
        {t("filter.organisation")}
        <select
          value={filter.organisation}
          onChange={(e) => onChange({ ...filter, organisation: e.target.value })}
          className="mt-1 max-w-56 rounded-lg border-2 border-slate-400 bg-white px-2 py-1.5 text-base font-normal"
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
          <p className="pb-2 text-base" aria-live="polite">
            {t("filter.showing", { shown, total })}
          </p>
          <button type="button" onClick={() => onChange(emptyFilter)} className="mb-0.5 rounded-lg border-2 border-slate-400 px-3 py-1.5 text-base font-semibold hover:bg-slate-100">
            {t("filter.clear")}
          </button>
        </>
      )}
    </div>
  );
}
