"use client";

import { useTranslations } from "next-intl";
import type { RoomStatus } from "./useRoom";

const look: Record<RoomStatus, { mark: string; className: string }> = {
  connecting: { mark: "…", className: "border-slate-400 bg-white text-ink" },
  connected: { mark: "✓", className: "border-green-800 bg-green-50 text-green-900" },
  reconnecting: { mark: "!", className: "border-amber-700 bg-amber-50 text-amber-900" },
  removed: { mark: "×", className: "border-red-800 bg-red-50 text-red-900" },
  forgotten: { mark: "×", className: "border-red-800 bg-red-50 text-red-900" },
  refused: { mark: "×", className: "border-red-800 bg-red-50 text-red-900" },
};

/** Online / reconnecting in words and a symbol, never by colour alone. */
export function ConnectionStatus({ status }: { status: RoomStatus }) {
  const t = useTranslations("room");
  const { mark, className } = look[status];
  return (
    <p role="status" className={`inline-flex items-center gap-2 rounded-full border-2 px-3 py-1 font-semibold ${className}`}>
      <span aria-hidden="true">{mark}</span>
      {t(`connection.${status}`)}
    </p>
  );
}
