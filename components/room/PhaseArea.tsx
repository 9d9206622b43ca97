"use client";
// The main area of the room, by phase kind. Board phases show the person's board; the
// prioritising and action-chain features plug in here (they get the room through `room`).
// A voting round that is open shows in any phase, above the phase's own content: a facilitator
// may open it while people still sit at the focus-area board, and nobody should miss it.
import { useTranslations } from "next-intl";
import { RoomChains } from "@/components/chains/RoomChains";
import { Board } from "@/components/board/Board";
import type { RoomBoard, RoomPhase } from "@/lib/contract/room";
import { LockNotice } from "./LockNotice";
import { SilentWritingNotice } from "./SilentWritingNotice";
import { useSilentBoard } from "./useSilentBoard";
import { ParticipantVoting } from "@/components/voting/ParticipantVoting";
import { useVoting } from "@/components/voting/useVoting";
import type { Room } from "./useRoom";

interface Props {
  room: Room;
  phase: RoomPhase | null;
  board: RoomBoard | null;
  readOnly: boolean;
  /** The board fills the height it is given (the participant's page does not scroll). */
  fill?: boolean;
}

export function PhaseArea(props: Props) {
  const voting = useVoting(props.room);
  if (props.phase?.kind === "prioritising") return <ParticipantVoting room={props.room} voting={voting} />;
  const open = voting.snapshot.round?.status === "open";
  return (
    <div className={`flex flex-col gap-5 ${props.fill ? "min-h-0 flex-1" : ""}`}>
      {open && (
        <div data-testid="open-round-elsewhere">
          <ParticipantVoting room={props.room} voting={voting} />
        </div>
      )}
      <PhaseContent {...props} />
    </div>
  );
}

function PhaseContent({ room, phase, board, readOnly, fill }: Props) {
  const t = useTranslations("room");
  if (!phase) return null;
  switch (phase.kind) {
    case "actionChains":
      if (!board) return <p className="rounded-xl border-2 border-slate-300 bg-white p-6 text-xl">{t("noTableYet")}</p>;
      return <RoomChains key={board.id} room={room} board={board} readOnly={readOnly} />;
    default:
      if (!board) {
        return <p className="rounded-xl border-2 border-slate-300 bg-white p-6 text-xl">{t("noTableYet")}</p>;
      }
      return <BoardSlot room={room} board={board} readOnly={readOnly} fill={fill} />;
  }
}

/** The person's board; during silent writing a participant's own private board instead. */
function BoardSlot({ room, board, readOnly, fill }: { room: Room; board: RoomBoard; readOnly: boolean; fill?: boolean }) {
  const t = useTranslations("room");
  const state = room.state;
  const participant = state?.me.participantId != null && state.me.access !== "observer" && !readOnly;
  const silent = useSilentBoard(room, board.id, participant && Boolean(state?.silentWriting));
  if (!state) return null;
  const me = { id: state.me.id, name: state.me.name, organisation: state.me.organisation ?? "", kind: state.me.access === "observer" ? "observer" : state.me.participantId ? "participant" : "facilitator" } as const;
  if (silent.board.mode === "waiting") return <p className="rounded-xl border-2 border-slate-300 bg-white p-6 text-xl">{t("silentOpening")}</p>;
  if (silent.board.mode === "private") {
    return (
      <div className={`flex flex-col gap-3 ${fill ? "min-h-0 flex-1" : ""}`}>
        {board.locked && <LockNotice reason="locked" />}
        <BoardBox fill={fill}>
          <Board
            key={silent.board.privateBoardId}
            workshopId={state.workshopId}
            boardId={silent.board.privateBoardId}
            title={t("silentBoardTitle")}
            readOnly={board.locked}
            anonymous={state.anonymous}
            phaseId={state.currentPhaseId}
            me={me}
            onSaveState={silent.onSaveState}
            banner={<SilentWritingNotice handingOver={silent.board.handingOver} shareMine={silent.shareMine} />}
          />
        </BoardBox>
      </div>
    );
  }
  return (
    <div className={`flex flex-col gap-3 ${fill ? "min-h-0 flex-1" : ""}`}>
      {(board.locked || readOnly) && <LockNotice reason={board.locked ? "locked" : "observer"} />}
      <BoardBox fill={fill}>
        <Board
          key={board.id}
          workshopId={state.workshopId}
          boardId={board.id}
          title={board.title}
          readOnly={board.locked || readOnly}
          anonymous={state.anonymous}
          phaseId={state.currentPhaseId}
          me={me}
        />
      </BoardBox>
    </div>
  );
}

/** In `fill` mode the board takes exactly the height left, however its own content would size it. */
function BoardBox({ fill, children }: { fill?: boolean; children: React.ReactNode }) {
  if (!fill) return <>{children}</>;
  return (
    <div className="relative min-h-[18rem] flex-1">
      <div className="absolute inset-0">{children}</div>
    </div>
  );
}
