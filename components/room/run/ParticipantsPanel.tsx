"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { RoomState } from "@/lib/contract/room";

interface Row {
  id: string;
  displayName: string;
  organisation: string;
  role: string;
  tableId: string | null;
}

/** Everyone who has joined, with a way to remove a duplicate or someone who should not be here, and to forget someone who asks. */
export function ParticipantsPanel({ state, onResult }: { state: RoomState; onResult: (ok: boolean, text: string) => void }) {
  const t = useTranslations("room");
  const [rows, setRows] = useState<Row[]>([]);
  const joined = state.counts.joined;
  useEffect(() => {
    let cancelled = false;
    fetch(`/api/workshops/${state.workshopId}/participants`)
      .then((res) => (res.ok ? res.json() : { participants: [] }))
      .then((body: { participants: Row[] }) => !cancelled && setRows(body.participants.filter((p) => p.role === "participant")))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [state.workshopId, joined, state.tables]);
  const tableName = (id: string | null) => state.tables.find((table) => table.id === id)?.name ?? t("noTableShort");
  return (
    <section aria-labelledby="participants-heading" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="participants-heading" className="text-xl font-bold">
        {t("participantsHeading", { count: rows.length })}
      </h2>
      <ul className="mt-3 flex max-h-96 flex-col gap-1 overflow-y-auto">
        {rows.map((row) => (
          <li key={row.id} className="flex items-center justify-between gap-3 border-b border-slate-100 py-1">
            <span className="mr-auto">
              <strong>{row.displayName}</strong> · {row.organisation} · {tableName(row.tableId)}
            </span>
            <button
              type="button"
              className="rounded border-2 border-red-800 bg-white px-2 py-0.5 font-semibold text-red-900 hover:bg-red-50"
              aria-label={t("removeNamed", { name: row.displayName })}
              onClick={async () => {
                if (!window.confirm(t("removeConfirm", { name: row.displayName }))) return;
                const res = await fetch(`/api/workshops/${state.workshopId}/participants/${row.id}`, { method: "DELETE" });
                onResult(res.ok, res.ok ? t("removedDone", { name: row.displayName }) : t("actionFailed"));
                if (res.ok) setRows((list) => list.filter((p) => p.id !== row.id));
              }}
            >
              {t("remove")}
            </button>
            <button
              type="button"
              className="rounded border-2 border-red-800 bg-white px-2 py-0.5 font-semibold text-red-900 hover:bg-red-50"
              aria-label={t("forgetNamed", { name: row.displayName })}
              onClick={async () => {
                if (!window.confirm(t("forgetConfirm", { name: row.displayName }))) return;
                const res = await fetch(`/api/workshops/${state.workshopId}/participants/${row.id}/forget`, { method: "POST" });
                onResult(res.ok, res.ok ? t("forgottenDone") : t("actionFailed"));
                if (res.ok) setRows((list) => list.filter((p) => p.id !== row.id));
              }}
            >
              {t("forget")}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
