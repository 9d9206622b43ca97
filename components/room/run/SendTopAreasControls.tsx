"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { Room } from "../useRoom";

type Mode = "spread" | "all";
type SentTable = { tableName: string; areaTitles: string[] };

/** The ack's per-table list, read defensively: which table got which areas. */
function sentTables(value: unknown): SentTable[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((row: unknown) => {
    const { tableName, areaTitles } = (row ?? {}) as { tableName?: unknown; areaTitles?: unknown };
    if (typeof tableName !== "string" || !Array.isArray(areaTitles)) return [];
    return [{ tableName, areaTitles: areaTitles.filter((a): a is string => typeof a === "string") }];
  });
}

const maxCount = 20;

/**
 * "Send the top focus areas to the tables": after the plenary vote, the highest-ranked areas
 * (with their notes and rank) are copied onto the table boards, so each table builds its action
 * chains there. Spread = one area per table in turn; all = every table gets all of them.
 */
export function SendTopAreasControls({ room, hasTables }: { room: Room; hasTables: boolean }) {
  const t = useTranslations("room");
  const id = useId();
  const [count, setCount] = useState(2);
  const [mode, setMode] = useState<Mode>("spread");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string; tables?: SentTable[] } | null>(null);
  const valid = Number.isInteger(count) && count >= 1 && count <= maxCount;

  async function send() {
    setBusy(true);
    const ack = await room.emit("boards:sendTopAreasToTables", { count, mode });
    setBusy(false);
    if (!ack.ok) {
      const known = ack.code === "noRankedAreas" || ack.code === "noTables";
      setResult({ ok: false, text: known ? t(ack.code === "noRankedAreas" ? "sendTopNoRanked" : "sendTopNoTables") : t("actionFailedCode", { code: ack.code }) });
    } else {
      const tables = sentTables(ack.tables);
      setResult({
        ok: true,
        text: t("sendTopDone", { areas: Number(ack.areas ?? 0), copied: Number(ack.copied ?? 0), alreadyThere: Number(ack.alreadyThere ?? 0), tables: tables.length }),
        tables,
      });
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-xl border border-slate-200 bg-white p-4" data-testid="send-top-areas">
      <h2 id={`${id}-heading`} className="text-xl font-bold">
        {t("sendTopHeading")}
      </h2>
      <p className="mt-1 text-muted">{hasTables ? t("sendTopHelp") : t("sendTopNoTables")}</p>
      <div className="mt-3 flex flex-wrap items-end gap-4">
        <label className="flex flex-col gap-1 font-semibold">
          {t("sendTopCount")}
          <input
            type="number"
            min={1}
            max={maxCount}
            step={1}
            value={Number.isFinite(count) ? count : ""}
            onChange={(e) => setCount(e.target.valueAsNumber)}
            className="w-24 rounded-lg border-2 border-slate-400 px-3 py-2 text-lg font-normal"
          />
        </label>
        <fieldset className="flex flex-col gap-1">
          <legend className="font-semibold">{t("sendTopMode")}</legend>
          {(["spread", "all"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name={`${id}-mode`} value={value} checked={mode === value} onChange={() => setMode(value)} className="h-5 w-5" />
              {t(value === "spread" ? "sendTopSpread" : "sendTopAll")}
            </label>
          ))}
        </fieldset>
      </div>
      <button
        type="button"
        disabled={busy || !hasTables || !valid}
        onClick={send}
        className="mt-3 rounded-lg bg-brand-700 px-4 py-2 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-50"
      >
        {busy ? t("sendingTop") : t("sendTopButton")}
      </button>
      <div role="status" className={`mt-2 font-medium ${result?.ok === false ? "text-red-800" : "text-green-900"}`}>
        <p>{result?.text}</p>
        {/* What the facilitator announces to the room: which table works on which area. */}
        {result?.tables && result.tables.length > 0 && (
          <ul className="mt-1 list-disc pl-6 text-ink" data-testid="sent-to-tables">
            {result.tables.map((table) => (
              <li key={table.tableName}>
                {table.areaTitles.length > 0 ? t("sendTopTable", { table: table.tableName, areas: table.areaTitles.join(", ") }) : t("sendTopTableNone", { table: table.tableName })}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
