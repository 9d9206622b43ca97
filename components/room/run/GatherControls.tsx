"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Room } from "../useRoom";

/**
 * "Gather the tables' focus areas in plenary": after group work, the plenary board gets a copy
 * of every table's focus areas, labelled with the table they came from.
 */
export function GatherControls({ room, hasTables }: { room: Room; hasTables: boolean }) {
  const t = useTranslations("room");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  async function gather() {
    setBusy(true);
    const ack = await room.emit("boards:gatherToPlenary", {});
    setBusy(false);
    if (!ack.ok) setResult({ ok: false, text: t("actionFailedCode", { code: ack.code }) });
    else setResult({ ok: true, text: t("gatherDone", { copied: Number(ack.copied ?? 0), alreadyThere: Number(ack.alreadyThere ?? 0) }) });
  }

  return (
    <section aria-labelledby="gather-heading" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="gather-heading" className="text-xl font-bold">
        {t("gatherHeading")}
      </h2>
      <p className="mt-1 text-muted">{hasTables ? t("gatherHelp") : t("gatherNoTables")}</p>
      <button
        type="button"
        disabled={busy || !hasTables}
        onClick={gather}
        className="mt-3 rounded-lg bg-brand-700 px-4 py-2 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-50"
      >
        {busy ? t("gathering") : t("gatherButton")}
      </button>
      <p role="status" className={`mt-2 font-medium ${result?.ok === false ? "text-red-800" : "text-green-900"}`}>
        {result?.text}
      </p>
    </section>
  );
}
