"use client";
// The main area of the room, by phase kind. Board phases show the person's board; the
// prioritising and action-chain features plug in here (replace PhaseSlot with their
// component for their kind; they get the room through `room`).
import { useTranslations } from "next-intl";
import { RoomChains } from "@/components/chains/RoomChains";
import { Board } from "@/components/board/Board";
import type { RoomBoard, RoomPhase } from "@/server/services/roomTypes";
import { LockNotice } from "./LockNotice";
import { ParticipantVoting } from "@/components/voting/ParticipantVoting";
import type { Room } from "./useRoom";

interface Props {
  room: Room;
  phase: RoomPhase | null;
  board: RoomBoard | null;
  readOnly: boolean;
}

export function PhaseArea({ room, phase, board, readOnly }: Props) {
  const t = useTranslations("room");
  if (!phase) return null;
  switch (phase.kind) {
    case "prioritising":
      return <ParticipantVoting room={room} />;
    case "actionChains":
      if (!board) return <p className="rounded-xl border-2 border-slate-300 bg-white p-6 text-xl">{t("noTableYet")}</p>;
      return <RoomChains key={board.id} room={room} board={board} readOnly={readOnly} />;
    default:
      if (!board) {
        return <p className="rounded-xl border-2 border-slate-300 bg-white p-6 text-xl">{t("noTableYet")}</p>;
      }
      return (
        <div className="flex flex-col gap-3">
          {(board.locked || readOnly) && <LockNotice reason={board.locked ? "locked" : "observer"} />}
          {room.state && (
            <Board
              key={board.id}
              workshopId={room.state.workshopId}
              boardId={board.id}
              title={board.title}
              readOnly={board.locked || readOnly}
              anonymous={room.state.anonymous}
              me={{ id: room.state.me.id, name: room.state.me.name, organisation: room.state.me.organisation ?? "", kind: room.state.me.access === "observer" ? "observer" : room.state.me.participantId ? "participant" : "facilitator" }}
            />
          )}
        </div>
      );
  }
}
