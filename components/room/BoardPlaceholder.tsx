"use client";

import { useTranslations } from "next-intl";
import type { RoomBoard } from "@/server/services/roomTypes";

/**
 * Stands where the board goes until components/board exports its Board component; then
 * PhaseArea renders that instead. It says plainly which board this person belongs to.
 */
export function BoardPlaceholder({ board }: { board: RoomBoard }) {
  const t = useTranslations("room");
  return (
    <div className="rounded-xl border-2 border-dashed border-slate-400 bg-white p-6" data-testid="board-placeholder" data-board-id={board.id}>
      <p className="text-xl font-semibold">{t("boardName", { name: board.title })}</p>
      <p className="mt-2 text-lg text-muted">{t("boardComing")}</p>
    </div>
  );
}
