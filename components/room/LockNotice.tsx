"use client";

import { useTranslations } from "next-intl";
import { LockIcon } from "./LockIcon";

/** Shown above a locked board: a symbol and words, so nobody keeps typing into nothing. */
export function LockNotice({ reason }: { reason: "locked" | "observer" }) {
  const t = useTranslations("room");
  return (
    <p role="status" className="flex items-center gap-3 rounded-xl border-2 border-slate-700 bg-slate-100 p-4 text-xl font-semibold" data-testid="board-locked">
      <LockIcon className="h-8 w-8" />
      {reason === "locked" ? t("boardLocked") : t("observerReadOnly")}
    </p>
  );
}
