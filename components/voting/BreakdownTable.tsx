"use client";
// Dots per organisation (or sector) per focus area: a real table for screen readers and
// exports, with a bar per row as a chart of the group totals. Names of people never appear.
import { useTranslations } from "next-intl";
import type { BreakdownRow } from "@/lib/domain/voting";
import type { RankedResult } from "@/lib/contract/voting";

interface Props {
  title: string;
  rows: BreakdownRow[];
  items: RankedResult[];
  /** K of an anonymous round (results.minGroupSize), null in named rounds. */
  anonymousMin?: number | null;
  /** Rows are sectors: their names are sector codes, shown translated. */
  sectors?: boolean;
}

export function BreakdownTable({ title, rows, items, anonymousMin, sectors = false }: Props) {
  const t = useTranslations("voting.breakdown");
  const ts = useTranslations("workshop.sectors");
  const max = Math.max(1, ...rows.map((r) => r.total));
  const nameOf = (row: BreakdownRow) => {
    if (row.kind === "pooled") return t("pooled");
    if (row.name === null) return t("unspecified");
    return sectors && ts.has(row.name as "kommune") ? ts(row.name as "kommune") : row.name;
  };
  return (
    <section className="flex flex-col gap-2">
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-lg">
          <caption className="pb-2 text-left text-xl font-bold">{title}</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="py-2 pr-3">{t("group")}</th>
              <th scope="col" className="px-2 py-2 text-right">{t("voters")}</th>
              {items.map((item) => (
                <th key={item.id} scope="col" className="px-2 py-2 text-right font-semibold">{item.title}</th>
              ))}
              <th scope="col" className="px-2 py-2 text-right">{t("total")}</th>
              <th scope="col" className="w-1/5 py-2 pl-3"><span className="sr-only">{t("chartLabel")}</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) =>
              row.kind === "suppressed" ? (
                <tr key="suppressed" className="border-b border-slate-200">
                  <th scope="row" colSpan={items.length + 4} className="py-2 pr-3 font-normal italic">
                    {t("suppressed", { min: anonymousMin ?? 0 })}
                  </th>
                </tr>
              ) : (
                <tr key={`${row.kind}-${row.name ?? i}`} className="border-b border-slate-200">
                  <th scope="row" className={`py-2 pr-3 ${row.kind === "named" ? "font-semibold" : "italic"}`}>{nameOf(row)}</th>
                  <td className="px-2 py-2 text-right">{row.voters}</td>
                  {items.map((item) => (
                    <td key={item.id} className="px-2 py-2 text-right">{row.perItem[item.id] ?? 0}</td>
                  ))}
                  <td className="px-2 py-2 text-right font-bold">{row.total}</td>
                  <td className="py-2 pl-3" aria-hidden="true">
                    <div className="h-4 rounded bg-brand-600" style={{ width: `${Math.round((row.total / max) * 100)}%` }} />
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      {anonymousMin ? <p className="text-base text-muted">{t("anonymousNote", { min: anonymousMin })}</p> : null}
    </section>
  );
}
