// "Saved / saving / offline": what the server has durably stored of this person's edits,
// in words and with an icon, never by colour alone.
"use client";
import { useTranslations } from "next-intl";
import type { SaveState } from "./useBoardConnection";

const looks: Record<SaveState, { icon: string; className: string }> = {
  saved: { icon: "✓", className: "border-green-800 bg-green-50 text-green-900" },
  saving: { icon: "↻", className: "border-slate-500 bg-white text-ink" },
  offline: { icon: "⚠", className: "border-amber-800 bg-amber-50 text-amber-950" },
};

export function SaveStatus({ state, storedLocally }: { state: SaveState; storedLocally: boolean }) {
  const t = useTranslations("board");
  const text = state === "offline" ? (storedLocally ? t("save.offline") : t("save.offlineNotStored")) : t(`save.${state}`);
  return (
    <p role="status" data-save-state={state} className={`flex items-center gap-2 rounded-lg border-2 px-3 py-1.5 text-base font-semibold ${looks[state].className}`}>
      <span aria-hidden="true">{looks[state].icon}</span>
      {text}
    </p>
  );
}
