"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import type { Room } from "../useRoom";

/**
 * Sends a facilitator event and keeps a one-line result for a live region, so a refused or
 * failed click is never silent.
 */
export function useAction(room: Room) {
  const t = useTranslations("room");
  const [feedback, setFeedback] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (event: string, payload: unknown, done: string) => {
      setBusy(true);
      const ack = await room.emit(event, payload);
      setBusy(false);
      setFeedback(ack.ok ? { ok: true, text: done } : { ok: false, text: t("actionFailedCode", { code: ack.code }) });
      return ack.ok;
    },
    [room, t],
  );
  return { run, feedback, busy };
}
