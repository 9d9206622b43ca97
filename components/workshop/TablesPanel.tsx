"use client";
// The facilitator's seating: automatic seating, tables as cards (rename, remove, drop people
// on them) and the list of everyone with a <select> each as the keyboard way to seat them.
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "./Alert";
import { sendJson } from "./api";
import type { Dragging } from "./SeatDropZone";
import { SeatingList } from "./SeatingList";
import { TableCard, UnseatedZone } from "./TableCard";
import { buttonPrimary, buttonSecondary, inputClass } from "./styles";
import { useErrorText } from "./useErrorText";

export type TableRow = { id: string; name: string };
export type ParticipantRow = { id: string; displayName: string; organisation: string; sector: string | null; role: string; tableId: string | null };

type Message = { kind: "error" | "success"; text: string } | null;
/** A seat shown before the server's list shows it; `pending` until the server has answered. */
type Move = { tableId: string | null; pending: boolean };

export function TablesPanel({ workshopId, tables, participants }: { workshopId: string; tables: TableRow[]; participants: ParticipantRow[] }) {
  const t = useTranslations("workshop.tables");
  const router = useRouter();
  const errorText = useErrorText();
  const [mode, setMode] = useState<"mixed" | "homogeneous">("mixed");
  const [by, setBy] = useState<"count" | "size">("count");
  const [amount, setAmount] = useState(String(Math.max(1, Math.min(tables.length || 4, participants.length || 4))));
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const [moves, setMoves] = useState<Record<string, Move>>({});
  const [names, setNames] = useState<Record<string, string>>({});
  const [dragging, setDragging] = useState<Dragging>(null);
  const tablesHeading = useRef<HTMLHeadingElement>(null);
  // Fresh lists from the server replace what was shown ahead of them (React's "adjust state
  // when props change" pattern); only moves still waiting for an answer are kept.
  const [seen, setSeen] = useState({ tables, participants });
  if (seen.tables !== tables || seen.participants !== participants) {
    setSeen({ tables, participants });
    setNames({});
    setMoves((m) => Object.fromEntries(Object.entries(m).filter(([, move]) => move.pending)));
  }
  const seated = participants.filter((p) => p.role === "participant");
  const amountValue = Number(amount);
  const amountValid = Number.isInteger(amountValue) && amountValue >= (by === "size" ? 2 : 1) && amountValue <= (by === "size" ? 100 : 200);

  async function send(body: object) {
    const res = await sendJson<Record<string, unknown>>("POST", `/api/workshops/${workshopId}/tables`, body);
    if (res.ok) router.refresh();
    return res;
  }

  async function post(body: object, success: (data: Record<string, unknown>) => string) {
    setBusy(true);
    const res = await send(body);
    setBusy(false);
    setMessage(res.ok ? { kind: "success", text: success(res.data) } : { kind: "error", text: errorText(res.error) });
    return res.ok;
  }

  const seatOf = (p: ParticipantRow) => (p.id in moves ? moves[p.id].tableId : p.tableId);
  const shownTables = tables.map((table) => ({ ...table, name: names[table.id] ?? table.name }));
  const tableName = (id: string | null) => shownTables.find((x) => x.id === id)?.name ?? t("unseated");
  const seatedAt = (tableId: string | null) => seated.filter((p) => seatOf(p) === tableId);

  /** Optimistic: the seat shows at once and goes back if the server says no. */
  async function seat(participantId: string, tableId: string | null) {
    const p = seated.find((x) => x.id === participantId);
    if (!p || seatOf(p) === tableId) return;
    setMoves((m) => ({ ...m, [p.id]: { tableId, pending: true } }));
    const ok = await post({ op: "move", participantId: p.id, tableId }, () =>
      tableId ? t("moved", { name: p.displayName, table: tableName(tableId) }) : t("movedToNoTable", { name: p.displayName }),
    );
    setMoves((m) => {
      const next = { ...m };
      if (ok) next[p.id] = { tableId, pending: false };
      else delete next[p.id];
      return next;
    });
  }

  async function rename(table: TableRow, name: string): Promise<string | null> {
    const res = await send({ op: "rename", tableId: table.id, name });
    // The editor checks the same length rules first, so a refusal here is rarely about the text.
    if (!res.ok) return errorText(res.error);
    setNames((n) => ({ ...n, [table.id]: name }));
    setMessage({ kind: "success", text: t("renamed", { old: table.name, name }) });
    return null;
  }

  async function remove(table: TableRow) {
    const count = seatedAt(table.id).length;
    setBusy(true);
    const res = await send({ op: "remove", tableId: table.id });
    setBusy(false);
    if (!res.ok) setMessage({ kind: "error", text: errorText(res.error) });
    else if (res.data.removed) setMessage({ kind: "success", text: t("removed", { name: table.name, count }) });
    // The service keeps a table whose board has been written on, and changes nothing: say why.
    else setMessage({ kind: "error", text: t("removeRefused", { name: table.name }) });
    // The card (and the button that had focus) may be gone: keep keyboard users in the list.
    tablesHeading.current?.focus();
  }

  const startDrag = (participantId: string) => {
    const p = seated.find((x) => x.id === participantId);
    if (p) setDragging({ participantId, from: seatOf(p) });
  };
  const drag = {
    dragging,
    onDragStart: startDrag,
    onDragEnd: () => setDragging(null),
    onSeat: (id: string, tableId: string | null) => {
      // The dropped tag re-renders in its new table, so its own dragend may never arrive.
      setDragging(null);
      void seat(id, tableId);
    },
  };

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

      {(tables.length > 0 || seated.length > 0) && (
        <div className="space-y-4">
          <div>
            <h3 ref={tablesHeading} tabIndex={-1} className="text-xl font-bold">{t("tablesSummary")}</h3>
            {seated.length > 0 && tables.length > 0 && <p className="text-muted">{t("dragHint")}</p>}
          </div>
          {seated.length > 0 && <UnseatedZone people={seatedAt(null)} {...drag} />}
          {tables.length > 0 && (
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={t("tablesSummary")}>
              {shownTables.map((table) => (
                <TableCard
                  key={table.id}
                  table={table}
                  people={seatedAt(table.id)}
                  onRename={(name) => rename(table, name)}
                  onRemove={() => void remove(table)}
                  {...drag}
                />
              ))}
            </ul>
          )}
        </div>
      )}

      {participants.length > 0 && <SeatingList tables={shownTables} participants={participants} seatOf={seatOf} onSeat={drag.onSeat} />}
    </div>
  );
}
