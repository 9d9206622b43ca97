"use client";
// The main area of the room, by phase kind. Board phases show the person's board; the
// prioritising and action-chain features plug in here (replace PhaseSlot with their
// component for their kind; they get the room through `room`).
import { useTranslations } from "next-intl";
import type { RoomBoard, RoomPhase } from "@/server/services/roomTypes";
import { BoardPlaceholder } from "./BoardPlaceholder";
import { LockNotice } from "./LockNotice";
import { PhaseSlot } from "./PhaseSlot";
import type { Room } from "./useRoom";

interface Props {
  room: Room;
  phase: RoomPhase | null;
  board: RoomBoard | null;
  readOnly: boolean;
}

export function PhaseArea({ phase, board, readOnly }: Props) {
  const t = useTranslations("room");
  if (!phase) return null;
  switch (phase.kind) {
    case "prioritising":
    case "actionChains":
      return <PhaseSlot phase={phase} />;
    default:
      if (!board) {
        return <p className="rounded-xl border-2 border-slate-300 bg-white p-6 text-xl">{t("noTableYet")}</p>;
      }
      return (
        <div className="flex flex-col gap-3">
          {(board.locked || readOnly) && <LockNotice reason={board.locked ? "locked" : "observer"} />}
          <BoardPlaceholder board={board} />
        </div>
      );
  }
}
