"use client";
// Everyone who has joined, with a <select> per participant: the keyboard and screen-reader
// way to seat people (dragging name tags is the mouse way to do the same).
import { useTranslations } from "next-intl";
import type { ParticipantRow, TableRow } from "./TablesPanel";

interface Props {
  tables: TableRow[];
  participants: ParticipantRow[];
  seatOf: (p: ParticipantRow) => string | null;
  onSeat: (participantId: string, tableId: string | null) => void;
}

export function SeatingList({ tables, participants, seatOf, onSeat }: Props) {
  const t = useTranslations("workshop.tables");
  const ts = useTranslations("workshop.sectors");
  return (
    <table className="w-full border-collapse text-left">
      <caption className="mb-2 text-left text-xl font-bold">{t("participantsCaption", { count: participants.length })}</caption>
      <thead>
        <tr className="border-b-2 border-slate-300">
          <th scope="col" className="py-2 pr-3">{t("name")}</th>
          <th scope="col" className="py-2 pr-3">{t("organisation")}</th>
          <th scope="col" className="py-2 pr-3">{t("sector")}</th>
          <th scope="col" className="py-2">{t("table")}</th>
        </tr>
      </thead>
      <tbody>
        {participants.map((p) => (
          <tr key={p.id} className="border-b border-slate-200">
            <th scope="row" className="py-1.5 pr-3 font-medium">
              {p.displayName}
              {p.role === "observer" && <span className="ml-2 text-sm text-muted">({t("observer")})</span>}
            </th>
            <td className="py-1.5 pr-3">{p.organisation}</td>
            <td className="py-1.5 pr-3">{p.sector && ts.has(p.sector as "kommune") ? ts(p.sector as "kommune") : (p.sector ?? "")}</td>
            <td className="py-1.5">
              {p.role === "observer" ? (
                <span className="text-muted">{t("notSeated")}</span>
              ) : (
                <select
                  aria-label={t("tableFor", { name: p.displayName })}
                  value={seatOf(p) ?? ""}
                  onChange={(e) => onSeat(p.id, e.target.value || null)}
                  className="rounded-md border-2 border-slate-400 bg-white px-2 py-1"
                >
                  <option value="">{t("unseated")}</option>
                  {tables.map((table) => (
                    <option key={table.id} value={table.id}>{table.name}</option>
                  ))}
                </select>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
