"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { BroadcastMessages } from "./BroadcastMessages";
import { ConnectionStatus } from "./ConnectionStatus";
import { Countdown } from "./Countdown";
import { PhaseArea } from "./PhaseArea";
import { PhaseHeader } from "./PhaseHeader";
import { ProfileEditor } from "./ProfileEditor";
import { RoomGone } from "./RoomGone";
import { useRoom } from "./useRoom";

/**
 * A participant's screen: it follows the facilitator. Phase changes are announced, not
 * forced onto the keyboard focus, because the person may be in the middle of writing a note.
 */
export function ParticipantRoom({ workshopId, joinPath }: { workshopId: string; joinPath: string | null }) {
  const t = useTranslations("room");
  const room = useRoom(workshopId);
  const { state, follow } = room;
  const [viewBoardId, setViewBoardId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const mainRef = useRef<HTMLDivElement>(null);
  const lastPhase = useRef<string | null | undefined>(undefined);

  const phaseIndex = state ? state.phases.findIndex((p) => p.id === state.currentPhaseId) : -1;
  const phase = state && phaseIndex >= 0 ? state.phases[phaseIndex] : null;

  useEffect(() => {
    if (!state) return;
    if (lastPhase.current !== undefined && lastPhase.current !== state.currentPhaseId && phase) {
      setAnnouncement(t("phaseChanged", { title: phase.title }));
      setViewBoardId(null);
    }
    lastPhase.current = state.currentPhaseId;
  }, [state, phase, t]);

  useEffect(() => {
    if (!follow) return;
    setViewBoardId(follow.boardId);
    setAnnouncement(t("followed"));
    mainRef.current?.scrollIntoView({ behavior: "smooth", block: "start" });
  }, [follow, t]);

  if (room.status === "removed" || room.status === "forgotten" || room.status === "refused") return <RoomGone reason={room.status} joinPath={joinPath} />;
  if (!state) {
    return (
      <div className="mx-auto max-w-6xl px-4 py-8">
        <ConnectionStatus status={room.status} />
        <p className="mt-4 text-xl">{t("loading")}</p>
      </div>
    );
  }
  const myTable = state.tables.find((table) => table.id === state.me.tableId) ?? null;
  const ownBoardId = state.me.boardId;
  const boardId = viewBoardId ?? ownBoardId;
  const board = state.boards.find((b) => b.id === boardId) ?? null;
  const observer = state.me.access === "observer";

  // On a board the page is the board: it fills the window below a compact header and does not
  // scroll (the canvas pans). Voting and action chains are pages that scroll as usual.
  const boardPhase = phase !== null && board !== null && phase.kind !== "prioritising" && phase.kind !== "actionChains";

  return (
    <div className={`mx-auto flex max-w-7xl flex-col px-4 ${boardPhase ? "h-[calc(100dvh-4.75rem)] gap-2 overflow-hidden py-2" : "gap-5 py-5"}`} data-board-page={boardPhase ? "true" : "false"}>
      {boardPhase ? (
        // Two lines for everything above the board: the phase and who I am, the prompt and the time.
        <div className="flex items-start gap-x-6 border-b border-slate-200 pb-1.5">
          <div className="min-w-0 flex-1">
            <PhaseHeader phase={phase} index={phaseIndex} total={state.phases.length} compact />
          </div>
          <div className="flex shrink-0 flex-col items-end gap-1">
            <div className="flex items-center gap-3">
              <p className="text-base">
                <span className="sr-only">{state.title} · </span>
                {t("youAre", { name: state.me.name })}
                {" · "}
                <strong data-testid="my-table">{myTable ? t("yourTable", { table: myTable.name }) : t("noTable")}</strong>
              </p>
              {!observer && state.me.organisation && <ProfileEditor room={room} name={state.me.name} organisation={state.me.organisation} />}
              <ConnectionStatus status={room.status} />
            </div>
            <div className="flex w-64 items-center gap-3">
              <h2 className="text-base font-semibold text-muted">{t("timerHeading")}</h2>
              <div className="min-w-0 flex-1">
                <Countdown timer={state.timer} serverNow={room.serverNow} size="sm" />
              </div>
            </div>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-4">
          <div>
            <p className="text-lg text-muted">{state.title}</p>
            <p className="text-xl">
              {t("youAre", { name: state.me.name })}
              {" · "}
              <strong data-testid="my-table">{myTable ? t("yourTable", { table: myTable.name }) : t("noTable")}</strong>
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            {!observer && state.me.organisation && <ProfileEditor room={room} name={state.me.name} organisation={state.me.organisation} />}
            <ConnectionStatus status={room.status} />
          </div>
        </div>
      )}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      <BroadcastMessages messages={room.messages} />
      {!boardPhase && (
        <div className="grid gap-5 lg:grid-cols-[1fr_auto] lg:items-start">
          <PhaseHeader phase={phase} index={phaseIndex} total={state.phases.length} />
          <div className="min-w-64 rounded-xl border border-slate-200 bg-white p-4">
            <h2 className="text-lg font-semibold">{t("timerHeading")}</h2>
            <Countdown timer={state.timer} serverNow={room.serverNow} />
          </div>
        </div>
      )}
      <div ref={mainRef} className={boardPhase ? "flex min-h-0 flex-1 flex-col overflow-y-auto" : "scroll-mt-4"}>
        {viewBoardId && viewBoardId !== ownBoardId && (
          <div className="mb-2 flex flex-wrap items-center gap-3 rounded-xl bg-brand-50 px-3 py-1.5 text-lg">
            <span>{t("viewingOtherBoard", { name: board?.title ?? "" })}</span>
            {ownBoardId && (
              <button type="button" onClick={() => setViewBoardId(null)} className="rounded-lg border-2 border-brand-700 bg-white px-3 py-1 font-semibold text-brand-800">
                {t("backToMyBoard")}
              </button>
            )}
          </div>
        )}
        <PhaseArea room={room} phase={phase} board={board} readOnly={observer} fill={boardPhase} />
      </div>
    </div>
  );
}
