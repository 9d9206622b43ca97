"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { guessSector, SECTORS, type Sector } from "@/lib/domain/sectors";
import { buttonSecondary, buttonSmall, inputClass } from "./styles";

export type OrganisationRow = { name: string; sector: Sector | null };

/** Lines like "Malvik kommune" or "NTNU; universitet"; repeats of a name already listed are skipped. */
function rowsFromPaste(text: string, existing: readonly OrganisationRow[]): OrganisationRow[] {
  const seen = new Set(existing.map((o) => o.name.trim().toLocaleLowerCase("nb")));
  const rows: OrganisationRow[] = [];
  for (const line of text.split(/\r?\n/)) {
    const [rawName, rawSector] = line.split(/[;\t]/);
    const name = rawName.trim().slice(0, 120);
    const key = name.toLocaleLowerCase("nb");
    if (!name || seen.has(key)) continue;
    seen.add(key);
    const typed = rawSector?.trim().toLocaleLowerCase("nb") as Sector | undefined;
    rows.push({ name, sector: typed && (SECTORS as readonly string[]).includes(typed) ? typed : guessSector(name) });
  }
  return rows;
}

interface Props {
  value: OrganisationRow[];
  onChange: (rows: OrganisationRow[]) => void;
}

/** Paste many at once or add one by one; every row's sector can be corrected by keyboard. */
export function OrganisationsEditor({ value, onChange }: Props) {
  const t = useTranslations("workshop.organisations");
  const ts = useTranslations("workshop.sectors");
  const id = useId();
  const [paste, setPaste] = useState("");
  const [single, setSingle] = useState("");
  const [singleSector, setSingleSector] = useState<Sector | "">("");

  const update = (index: number, patch: Partial<OrganisationRow>) => onChange(value.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <div className="space-y-5">
      <div>
        <label htmlFor={`${id}-paste`} className="block font-semibold">
          {t("pasteLabel")}
        </label>
        <p id={`${id}-paste-hint`} className="text-sm text-muted">
          {t("pasteHint")}
        </p>
        <textarea
          id={`${id}-paste`}
          aria-describedby={`${id}-paste-hint`}
          rows={5}
          value={paste}
          onChange={(e) => setPaste(e.target.value)}
          className={inputClass}
        />
        <button
          type="button"
          className={`${buttonSecondary} mt-2`}
          disabled={paste.trim() === ""}
          onClick={() => {
            onChange([...value, ...rowsFromPaste(paste, value)]);
            setPaste("");
          }}
        >
          {t("addPasted")}
        </button>
      </div>

      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <label htmlFor={`${id}-single`} className="block font-semibold">
            {t("singleLabel")}
          </label>
          <input id={`${id}-single`} value={single} maxLength={120} onChange={(e) => setSingle(e.target.value)} className={inputClass} />
        </div>
        <div>
          <label htmlFor={`${id}-single-sector`} className="block font-semibold">
            {t("sector")}
          </label>
          <select id={`${id}-single-sector`} value={singleSector} onChange={(e) => setSingleSector(e.target.value as Sector | "")} className={inputClass}>
            <option value="">{t("guessSector")}</option>
            {SECTORS.map((s) => (
              <option key={s} value={s}>
                {ts(s)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className={buttonSecondary}
          disabled={single.trim() === ""}
          onClick={() => {
            const rows = rowsFromPaste(single, value).map((r) => (singleSector ? { ...r, sector: singleSector } : r));
            onChange([...value, ...rows]);
            setSingle("");
            setSingleSector("");
          }}
        >
          {t("addOne")}
        </button>
      </div>

      {value.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("tableCaption", { count: value.length })}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-3">{t("name")}</th>
              <th scope="col" className="py-2 pr-3">{t("sector")}</th>
              <th scope="col" className="py-2"><span className="sr-only">{t("actions")}</span></th>
            </tr>
          </thead>
          <tbody>
            {value.map((row, i) => (
              <tr key={`${row.name}-${i}`} className="border-b border-slate-200">
                <td className="py-1.5 pr-3">
                  <input
                    aria-label={t("nameOf", { n: i + 1 })}
                    value={row.name}
                    maxLength={120}
                    onChange={(e) => update(i, { name: e.target.value })}
                    className="w-full rounded-md border-2 border-slate-300 px-2 py-1"
                  />
                </td>
                <td className="py-1.5 pr-3">
                  <select
                    aria-label={t("sectorOf", { name: row.name })}
                    value={row.sector ?? "annet"}
                    onChange={(e) => update(i, { sector: e.target.value as Sector })}
                    className="rounded-md border-2 border-slate-300 bg-white px-2 py-1"
                  >
                    {SECTORS.map((s) => (
                      <option key={s} value={s}>
                        {ts(s)}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="py-1.5 text-right">
                  <button type="button" className={buttonSmall} onClick={() => onChange(value.filter((_, j) => j !== i))}>
                    {t("remove")}
                    <span className="sr-only"> {row.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
