"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "./Alert";
import { sendJson } from "./api";
import { buttonPrimary, buttonSecondary, inputClass } from "./styles";
import { useErrorText } from "./useErrorText";

export type TableRow = { id: string; name: string };
export type ParticipantRow = { id: string; displayName: string; organisation: string; sector: string | null; role: string; tableId: string | null };

type Message = { kind: "error" | "success"; text: string } | null;

export function TablesPanel({ workshopId, tables, participants }: { workshopId: string; tables: TableRow[]; participants: ParticipantRow[] }) {
  const t = useTranslations("workshop.tables");
  const ts = useTranslations("workshop.sectors");
  const router = useRouter();
  const errorText = useErrorText();
  const [mode, setMode] = useState<"mixed" | "homogeneous">("mixed");
  const [by, setBy] = useState<"count" | "size">("count");
  const [amount, setAmount] = useState(String(Math.max(1, Math.min(tables.length || 4, participants.length || 4))));
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  // Shown at once while the server confirms; cleared when a new automatic seating replaces them.
  const [moves, setMoves] = useState<Record<string, string | null>>({});
  const seated = participants.filter((p) => p.role === "participant");
  const amountValue = Number(amount);
  const amountValid = Number.isInteger(amountValue) && amountValue >= (by === "size" ? 2 : 1) && amountValue <= (by === "size" ? 100 : 200);

  async function post(body: object, success: (data: Record<string, unknown>) => string) {
    setBusy(true);
    const res = await sendJson<Record<string, unknown>>("POST", `/api/workshops/${workshopId}/tables`, body);
    setBusy(false);
    if (res.ok) {
      setMessage({ kind: "success", text: success(res.data) });
      router.refresh();
      return true;
    }
    setMessage({ kind: "error", text: errorText(res.error) });
    return false;
  }

  const tableName = (id: string | null) => tables.find((x) => x.id === id)?.name ?? t("unseated");

  return (
    <div className="space-y-6">
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (!amountValid) return;
          void post({ op: "assign", mode, ...(by === "count" ? { tableCount: amountValue } : { tableSize: amountValue }) }, (data) => {
            setMoves({});
            const metrics = data.metrics as { sizes: number[] };
            return t("assigned", { tables: Number(data.tableCount), sizes: metrics.sizes.join(", ") });
          });
        }}
      >
        <div className="grid gap-4 md:grid-cols-3">
          <fieldset>
            <legend className="font-semibold">{t("mode")}</legend>
            {(["mixed", "homogeneous"] as const).map((m) => (
              <label key={m} className="mt-2 flex items-start gap-2">
                <input type="radio" name="table-mode" className="mt-1 size-5" checked={mode === m} onChange={() => setMode(m)} />
                <span>
                  <span className="block font-medium">{t(`modes.${m}`)}</span>
                  <span className="block text-sm text-muted">{t(`modeHints.${m}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend className="font-semibold">{t("by")}</legend>
            {(["count", "size"] as const).map((b) => (
              <label key={b} className="mt-2 flex items-center gap-2">
                <input type="radio" name="table-by" className="size-5" checked={by === b} onChange={() => setBy(b)} />
                <span className="font-medium">{t(`byOptions.${b}`)}</span>
              </label>
            ))}
          </fieldset>
          <div>
            <label htmlFor="table-amount" className="block font-semibold">
              {by === "count" ? t("tableCount") : t("tableSize")}
            </label>
            <input
              id="table-amount"
              type="number"
              inputMode="numeric"
              min={by === "size" ? 2 : 1}
              max={by === "size" ? 100 : 200}
              value={amount}
              aria-invalid={!amountValid || undefined}
              aria-describedby={!amountValid ? "table-amount-error" : undefined}
              onChange={(e) => setAmount(e.target.value)}
              className={inputClass}
            />
            {!amountValid && <p id="table-amount-error" className="mt-1 font-medium text-red-800">{t("amountInvalid")}</p>}
          </div>
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={buttonPrimary} disabled={busy || seated.length === 0 || !amountValid}>
            {t("assign")}
          </button>
          <button type="button" className={buttonSecondary} disabled={busy} onClick={() => post({ op: "add" }, () => t("tableAdded"))}>
            {t("addTable")}
          </button>
        </div>
        {seated.length === 0 && <p className="text-muted">{t("noParticipantsYet")}</p>}
        {tables.length > 0 && seated.length > 0 && <p className="text-sm text-muted">{t("reassignKeepsBoards")}</p>}
      </form>
      {message && <Alert kind={message.kind}>{message.text}</Alert>}

      {tables.length > 0 && (
        <ul className="flex flex-wrap gap-3" aria-label={t("tablesSummary")}>
          {tables.map((table) => (
            <li key={table.id} className="rounded-lg border-2 border-slate-300 bg-slate-50 px-3 py-2">
              <span className="font-semibold">{table.name}</span>: {t("seatCount", { count: participants.filter((p) => p.tableId === table.id).length })}
            </li>
          ))}
        </ul>
      )}

      {participants.length > 0 && (
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
                      value={(p.id in moves ? moves[p.id] : p.tableId) ?? ""}
                      onChange={(e) => {
                        const tableId = e.target.value || null;
                        const before = p.id in moves ? moves[p.id] : p.tableId;
                        setMoves((m) => ({ ...m, [p.id]: tableId }));
                        void post({ op: "move", participantId: p.id, tableId }, () => t("moved", { name: p.displayName, table: tableName(tableId) })).then((ok) => {
                          if (!ok) setMoves((m) => ({ ...m, [p.id]: before }));
                        });
                      }}
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
      )}
    </div>
  );
}
