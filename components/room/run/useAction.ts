"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import type { ClientEvent, ClientPayload } from "@/lib/contract/events";
import type { Room } from "../useRoom";

/** Sends one facilitator event; resolves true when the server accepted it. */
export type RunAction = <E extends ClientEvent>(event: E, payload: ClientPayload<E>, done: string) => Promise<boolean>;

/**
 * Sends a facilitator event and keeps a one-line result for a live region, so a refused or
 * failed click is never silent.
 */
export function useAction(room: Room) {
  const t = useTranslations("room");
  const [feedback, setFeedback] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <E extends ClientEvent>(event: E, payload: ClientPayload<E>, done: string) => {
      setBusy(true);
      const ack = await room.emit<ClientEvent>(event, payload);
      setBusy(false);
      setFeedback(ack.ok ? { ok: true, text: done } : { ok: false, text: t("actionFailedCode", { code: ack.code }) });
      return ack.ok;
    },
    [room, t],
  );
  return { run, feedback, busy };
}
