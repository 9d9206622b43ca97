"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { TimerSnapshot } from "@/lib/domain/phaseTimer";
import { formatRemaining, remainingAt } from "./timerDisplay";

interface Props {
  timer: TimerSnapshot;
  serverNow: () => number;
  /** "sm": one line for the participant's compact header; "xl": the projector. */
  size?: "sm" | "md" | "xl";
}

/**
 * The phase countdown, drawn from the server's clock so every screen in the room shows the
 * same second. Screen readers get the state in words, not a number changing every second.
 */
export function Countdown({ timer, serverNow, size = "md" }: Props) {
  const t = useTranslations("room");
  const [now, setNow] = useState(() => serverNow());
  useEffect(() => {
    setNow(serverNow());
    const tick = setInterval(() => setNow(serverNow()), 250);
    return () => clearInterval(tick);
  }, [serverNow, timer]);

  const left = remainingAt(timer, now);
  if (left === null) {
    return <p className={size === "xl" ? "text-5xl text-muted" : size === "sm" ? "text-base text-muted" : "text-lg text-muted"}>{t("timerIdle")}</p>;
  }
  const finished = timer.endsAt !== null && left === 0;
  const paused = timer.endsAt === null;
  const state = finished ? t("timerFinished") : paused ? t("timerPaused") : t("timerRunning");
  const progress = timer.durationMs ? Math.min(1, Math.max(0, left / timer.durationMs)) : 0;
  return (
    <div className="flex flex-col gap-1" data-testid="countdown">
      <p className="flex items-baseline gap-3">
        <span
          role="timer"
          aria-label={t("timerLabel")}
          data-remaining-ms={left}
          className={`font-bold tabular-nums ${size === "xl" ? "text-[10rem] leading-none" : size === "sm" ? "text-3xl leading-none" : "text-5xl"} ${finished ? "text-red-800" : "text-ink"}`}
        >
          {formatRemaining(left)}
        </span>
        <span className={`${size === "xl" ? "text-4xl" : size === "sm" ? "text-base" : "text-lg"} font-semibold ${finished ? "text-red-800" : "text-muted"}`} aria-live="polite">
          {state}
        </span>
      </p>
      <div aria-hidden="true" className={`${size === "xl" ? "h-4" : size === "sm" ? "h-1.5" : "h-2"} w-full overflow-hidden rounded bg-slate-200`}>
        <div className={`h-full ${finished ? "bg-red-700" : paused ? "bg-slate-500" : "bg-brand-600"}`} style={{ width: `${progress * 100}%` }} />
      </div>
    </div>
  );
}
