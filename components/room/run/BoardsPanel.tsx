"use client";
// Every board of the workshop at a glance: how many notes and areas it holds and who is at it,
// a link to open it (the facilitator may edit any board, also the plenary one while it is on
// the projector), and what the projector shows.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import type { BoardSummary, RoomState } from "@/lib/contract/room";
import type { Room } from "../useRoom";
import { LockIcon } from "../LockIcon";
import type { RunAction } from "./useAction";

/** How often the note counts are fetched again while the run page is open. */
const refreshMs = 10_000;

const small = "rounded-lg border-2 border-brand-700 bg-white px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-50";
const chosen = "rounded-lg border-2 border-brand-700 bg-brand-700 px-3 py-1 font-semibold text-white disabled:opacity-50";

export function BoardsPanel({ room, state, run, busy }: { room: Room; state: RoomState; run: RunAction; busy: boolean }) {
  const t = useTranslations("room");
  const summaries = useBoardSummaries(room);
  const boards = [...state.boards].sort((a, b) => (a.tableId === null ? -1 : b.tableId === null ? 1 : a.title.localeCompare(b.title, "nb")));
  const projector = state.projector;
  const show = (view: "auto" | "phase" | "board", boardId: string | null, done: string) => run("projector:show", { view, boardId }, done);
  const showingTitle = projector.showing ? (state.boards.find((b) => b.id === projector.showing)?.title ?? "") : null;

  return (
    <section aria-labelledby="boards-heading" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="boards-heading" className="text-xl font-bold">
        {t("boardsHeading")}
      </h2>
      <p className="mt-1 text-lg" data-testid="projector-showing">
        {showingTitle !== null ? t("projectorShowsBoard", { name: showingTitle }) : t("projectorShowsPhase")}
      </p>
      <div className="mt-2 flex flex-wrap gap-2" role="group" aria-label={t("projectorChoice")}>
        <button type="button" disabled={busy} aria-pressed={projector.view === "auto"} className={projector.view === "auto" ? chosen : small} onClick={() => show("auto", null, t("projectorAutoDone"))}>
          {t("projectorAuto")}
        </button>
        <button type="button" disabled={busy} aria-pressed={projector.view === "phase"} className={projector.view === "phase" ? chosen : small} onClick={() => show("phase", null, t("projectorPhaseDone"))}>
          {t("projectorPhase")}
        </button>
      </div>
      <ul className="mt-3 flex flex-col divide-y divide-slate-200">
        {boards.map((board) => {
          const summary = summaries.get(board.id);
          const table = board.tableId ? state.tables.find((tb) => tb.id === board.tableId) : null;
          const names = table?.onlineNames ?? [];
          const onProjector = projector.view === "board" && projector.boardId === board.id;
          return (
            <li key={board.id} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 py-2" data-testid="run-board" data-board-id={board.id}>
              <div className="min-w-0">
                <p className="text-lg font-semibold">
                  {board.title}
                  {board.locked && (
                    <span className="ml-2 text-base font-normal">
                      <LockIcon className="mr-1 h-4 w-4 align-[-2px]" />
                      {t("locked")}
                    </span>
                  )}
                </p>
                <p className="text-base text-muted">
                  {summary ? t("boardCounts", { notes: summary.notes, areas: summary.focusAreas }) : t("boardCountsLoading")}
                  {" · "}
                  {table ? (names.length > 0 ? t("boardPeople", { count: names.length, names: names.join(", ") }) : t("boardNobody")) : t("boardEveryone", { count: state.counts.online })}
                </p>
              </div>
              <div className="flex flex-wrap gap-2">
                <Link href={`/workshops/${state.workshopId}/boards/${board.id}`} className={small} aria-label={t("openBoardNamed", { name: board.title })}>
                  {t("openBoard")}
                </Link>
                <button
                  type="button"
                  disabled={busy}
                  aria-pressed={onProjector}
                  aria-label={t("showBoardNamed", { name: board.title })}
                  className={onProjector ? chosen : small}
                  onClick={() => show("board", board.id, t("showBoardDone", { name: board.title }))}
                >
                  {t("showBoard")}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The boards' note counts, asked for now and every `refreshMs`, and again when the room's boards change. */
function useBoardSummaries(room: Room): Map<string, BoardSummary> {
  const [summaries, setSummaries] = useState(new Map<string, BoardSummary>());
  const boardCount = room.state?.boards.length ?? 0;
  const connected = room.status === "connected";
  const load = useCallback(async () => {
    const ack = await room.emit("boards:summary", {});
    if (ack.ok) setSummaries(new Map(ack.boards.map((b) => [b.boardId, b])));
  }, [room]);
  useEffect(() => {
    if (!connected) return;
    void load();
    const timer = setInterval(() => void load(), refreshMs);
    return () => clearInterval(timer);
  }, [load, connected, boardCount]);
  return summaries;
}
