"use client";
// The big screen at the front of the room. Observer-safe: it shows no participant names,
// only the phase, the prompt, the countdown, how to join and how many are here. Sizes are
// chosen for 1920×1080 read from the back of a hall.
import { useTranslations } from "next-intl";
import { BoardProjection } from "@/components/board/BoardProjection";
import { Countdown } from "@/components/room/Countdown";
import { useRoom } from "@/components/room/useRoom";
import { useVoting } from "@/components/voting/useVoting";
import { VotingProjection } from "@/components/voting/VotingProjection";

interface Props {
  workshopId: string;
  token?: string;
  formattedCode: string;
  joinUrl: string;
  qrDataUrl: string;
}

export function Projector({ workshopId, token, formattedCode, joinUrl, qrDataUrl }: Props) {
  const t = useTranslations("present");
  const room = useRoom(workshopId, { token });
  const voting = useVoting(room);
  const { state } = room;
  const index = state ? state.phases.findIndex((p) => p.id === state.currentPhaseId) : -1;
  const phase = state && index >= 0 ? state.phases[index] : null;
  const open = state ? state.status === "open" : true;
  // During prioritising the vote takes the prompt's place, so the ranking fits the screen; a
  // round opened in another phase shows there too while it is open (as on participants' screens).
  const showVote = phase?.kind === "prioritising" || voting.snapshot.round?.status === "open";
  // The facilitator's choice (RoomState.projector): a board, live and read-only, fills the screen
  // under one line of phase, join code and timer. A vote in progress still wins the screen.
  const board = !showVote && state?.projector.showing ? (state.boards.find((b) => b.id === state.projector.showing) ?? null) : null;
  if (state && board) {
    return (
      <div className="flex h-screen flex-col bg-white" data-testid="present-board-view">
        <div className="flex items-center justify-between gap-8 border-b-2 border-slate-200 px-8 py-3">
          <div className="min-w-0 flex-1">
            <p className="text-2xl font-semibold text-muted">
              {phase ? t("phaseOf", { number: index + 1, total: state.phases.length }) : state.title}
              {" · "}
              {board.title}
            </p>
            <h1 className="text-4xl font-bold leading-tight xl:text-5xl" data-testid="present-phase">
              {phase?.title ?? t("welcome")}
            </h1>
          </div>
          <div className="flex shrink-0 items-center gap-10">
            {open && (
              <p className="text-2xl xl:text-3xl">
                {t("joinShort")} <span className="font-mono text-4xl font-bold tracking-widest xl:text-5xl" data-testid="present-code">{formattedCode}</span>
              </p>
            )}
            {/* No "no countdown" on the wall: the timer appears when one runs or is paused. */}
            {(state.timer.endsAt !== null || state.timer.remainingMs !== null) && (
              <div className="w-72">
                <Countdown timer={state.timer} serverNow={room.serverNow} size="md" />
              </div>
            )}
          </div>
        </div>
        <div className="min-h-0 flex-1">
          <BoardProjection key={board.id} boardId={board.id} token={token} title={board.title} />
        </div>
      </div>
    );
  }
  return (
    <div className="flex min-h-screen flex-col gap-8 bg-white px-10 py-8">
      <div className="flex items-start justify-between gap-10">
        <div className="min-w-0 flex-1">
          <p className="text-3xl text-muted">{state?.title ?? ""}</p>
          {phase ? (
            <>
              <p className="mt-4 text-3xl font-semibold text-muted">{t("phaseOf", { number: index + 1, total: state!.phases.length })}</p>
              <h1 className="text-7xl font-bold leading-tight" data-testid="present-phase">
                {phase.title}
              </h1>
              {showVote ? (
                <div className="mt-6">
                  <VotingProjection voting={voting} />
                </div>
              ) : (
                phase.prompt && <p className="mt-6 max-w-6xl whitespace-pre-line text-5xl leading-tight">{phase.prompt}</p>
              )}
            </>
          ) : (
            <h1 className="mt-4 text-7xl font-bold leading-tight" data-testid="present-phase">
              {t("welcome")}
            </h1>
          )}
        </div>
        {open && (
          <section aria-labelledby="present-join" className="flex shrink-0 flex-col items-center rounded-2xl border-4 border-ink p-6">
            <h2 id="present-join" className="text-3xl font-semibold">
              {t("joinHeading")}
            </h2>
            {/* The link text below carries the same information for anyone who cannot scan. */}
            <img src={qrDataUrl} alt={t("qrAlt")} width={320} height={320} className="mt-3 h-80 w-80" />
            <p className="mt-3 font-mono text-7xl font-bold tracking-widest" data-testid="present-code">
              {formattedCode}
            </p>
            <p className="mt-2 max-w-md break-all text-center text-2xl">{joinUrl.replace(/\/join\/.*$/, "")}</p>
          </section>
        )}
      </div>
      <div className="mt-auto flex flex-wrap items-end justify-between gap-8">
        <div className="min-w-[36rem]">{state && <Countdown timer={state.timer} serverNow={room.serverNow} size="xl" />}</div>
        <p className="text-4xl font-semibold" data-testid="present-counts" aria-live="off">
          {state ? t("counts", { online: state.counts.online, joined: state.counts.joined }) : t("connecting")}
        </p>
      </div>
      {(room.status === "reconnecting" || room.status === "refused" || room.status === "removed" || room.status === "forgotten") && (
        <p role="status" className="text-2xl font-semibold text-amber-900">
          {room.status === "reconnecting" ? t("reconnecting") : t("refused")}
        </p>
      )}
    </div>
  );
}
