"use client";

import type { RunAction } from "./useAction";
import { useTranslations } from "next-intl";
import type { RoomPhase, RoomState } from "@/lib/contract/room";
import { Countdown } from "../Countdown";
import { TimerSound } from "../TimerSound";
import type { Room } from "../useRoom";

const PRESETS_MIN = [5, 10, 15, 20];
const small = "rounded-lg border-2 border-brand-700 bg-white px-3 py-2 text-lg font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-50";

interface Props {
  room: Room;
  state: RoomState;
  phase: RoomPhase | null;
  run: RunAction;
  busy: boolean;
}

export function TimerControls({ room, state, phase, run, busy }: Props) {
  const t = useTranslations("room");
  const running = state.timer.status === "running";
  const paused = state.timer.status === "paused";
  const startMinutes = (minutes: number) => run("timer:start", { durationMs: minutes * 60_000 }, t("timerStarted", { minutes }));
  return (
    <section aria-labelledby="timer-heading" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="timer-heading" className="text-xl font-bold">
        {t("timerHeading")}
      </h2>
      <div className="mt-2">
        <Countdown timer={state.timer} serverNow={room.serverNow} />
      </div>
      <TimerSound timer={state.timer} serverNow={room.serverNow} />
      <div className="mt-3 flex flex-wrap gap-2" role="group" aria-label={t("timerPresets")}>
        {phase?.timeboxMinutes && !PRESETS_MIN.includes(phase.timeboxMinutes) && (
          <button type="button" disabled={busy} className={small} onClick={() => startMinutes(phase.timeboxMinutes!)}>
            {t("startMinutes", { minutes: phase.timeboxMinutes })}
          </button>
        )}
        {PRESETS_MIN.map((minutes) => (
          <button key={minutes} type="button" disabled={busy} className={small} onClick={() => startMinutes(minutes)}>
            {t("startMinutes", { minutes })}
          </button>
        ))}
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" disabled={busy} className={small} onClick={() => run("timer:addTime", { ms: 60_000 }, t("timerAdded"))}>
          {t("addMinute")}
        </button>
        {running && (
          <button type="button" disabled={busy} className={small} onClick={() => run("timer:pause", {}, t("timerPausedDone"))}>
            {t("pause")}
          </button>
        )}
        {paused && (
          <button type="button" disabled={busy} className={small} onClick={() => run("timer:resume", {}, t("timerResumed"))}>
            {t("resume")}
          </button>
        )}
        <button type="button" disabled={busy || state.timer.status === "idle"} className={small} onClick={() => run("timer:reset", {}, t("timerResetDone"))}>
          {t("reset")}
        </button>
      </div>
    </section>
  );
}
