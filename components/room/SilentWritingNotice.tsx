"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/**
 * Above the private board during silent writing: what is going on, and a way to share one's own
 * notes with the table before the facilitator reveals everyone's.
 */
export function SilentWritingNotice({ handingOver, shareMine }: { handingOver: boolean; shareMine: () => Promise<number | null> }) {
  const t = useTranslations("room");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string>("");
  async function share() {
    setBusy(true);
    const moved = await shareMine();
    setBusy(false);
    setResult(moved === null ? t("silentShareFailed") : t("silentShared", { count: moved }));
  }
  // In the board's side panel (Board's banner), so the canvas keeps its whole height.
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-xl border-2 border-brand-700 bg-brand-50 p-3" data-testid="silent-writing">
      <p role="status" className="text-base font-semibold">
        {handingOver ? t("silentHandingOver") : t("silentWriting")}
      </p>
      {!handingOver && (
        <button type="button" onClick={share} disabled={busy} className="rounded-lg border-2 border-brand-700 bg-white px-3 py-1 text-base font-semibold text-brand-800 hover:bg-brand-100 disabled:opacity-50">
          {t("silentShareMine")}
        </button>
      )}
      <p role="status" className="font-medium text-green-900 empty:hidden">
        {result}
      </p>
    </div>
  );
}
