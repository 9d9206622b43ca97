"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { RoomMessage } from "@/lib/contract/room";

/**
 * Messages from the facilitator. The live region is always in the page, so screen readers
 * announce a new message when it arrives; seen messages can be put away.
 */
export function BroadcastMessages({ messages }: { messages: RoomMessage[] }) {
  const t = useTranslations("room");
  const [dismissed, setDismissed] = useState<Set<string>>(() => new Set());
  const visible = messages.filter((m) => !dismissed.has(m.id)).slice(-3);
  return (
    <div aria-live="assertive" aria-atomic="false" className="flex flex-col gap-2">
      {visible.map((message) => (
        <div key={message.id} className="flex items-start justify-between gap-4 rounded-xl border-2 border-brand-700 bg-brand-50 p-4" data-testid="broadcast">
          <p className="text-xl">
            <strong className="mr-2">{message.tableId ? t("messageToTable") : t("messageToAll")}:</strong>
            {message.text}
          </p>
          <button
            type="button"
            onClick={() => setDismissed((set) => new Set(set).add(message.id))}
            className="shrink-0 rounded-lg border-2 border-brand-700 bg-white px-3 py-1 font-semibold text-brand-800 hover:bg-brand-100"
          >
            {t("dismissMessage")}
          </button>
        </div>
      ))}
    </div>
  );
}
