"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { RoomState } from "@/lib/contract/room";
import type { Room } from "../useRoom";

/**
 * Silent writing, live: everyone first writes their own notes, seen by nobody else, then the
 * facilitator reveals them all onto the tables' boards. A phase can start it too (its setup).
 */
export function SilentWritingControls({ room, state }: { room: Room; state: RoomState }) {
  const t = useTranslations("room");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  async function set(silent: boolean) {
    setBusy(true);
    const ack = await room.emit("silent:set", { silent });
    setBusy(false);
    if (!ack.ok) setResult({ ok: false, text: t("actionFailedCode", { code: ack.code }) });
    else setResult({ ok: true, text: silent ? t("silentOnDone") : t("silentRevealed", { count: ack.revealed.notes }) });
  }

  return (
    <section aria-labelledby="silent-heading" className="rounded-xl border border-slate-200 bg-white p-4" data-testid="silent-controls">
      <h2 id="silent-heading" className="text-xl font-bold">
        {t("silentHeading")}
      </h2>
      <p className="mt-1 text-muted">{state.silentWriting ? t("silentIsOn") : t("silentHelp")}</p>
      <button
        type="button"
        disabled={busy}
        onClick={() => set(!state.silentWriting)}
        className="mt-3 rounded-lg bg-brand-700 px-4 py-2 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-50"
      >
        {state.silentWriting ? t("silentReveal") : t("silentStart")}
      </button>
      <p role="status" className={`mt-2 font-medium ${result?.ok === false ? "text-red-800" : "text-green-900"}`}>
        {result?.text}
      </p>
    </section>
  );
}
