"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { TimerSnapshot } from "@/lib/domain/phaseTimer";
import { remainingAt } from "./timerDisplay";

const storageKey = "samla_timer_sound";

/** A soft two-note chime made in the browser: no sound file to fetch, nothing from outside. */
function chime(context: AudioContext): void {
  const start = context.currentTime;
  for (const [offset, frequency] of [[0, 880], [0.35, 660]] as const) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.4, start + offset + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.6);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start + offset);
    oscillator.stop(start + offset + 0.65);
  }
}

/**
 * "Play a sound at zero", for the facilitator's laptop on the room's speakers. Off by default
 * and remembered per device. Browsers only allow sound after a click, so switching it on
 * creates the audio context (and plays the chime once, so the facilitator hears the volume).
 */
export function TimerSound({ timer, serverNow }: { timer: TimerSnapshot; serverNow: () => number }) {
  const t = useTranslations("room");
  const [enabled, setEnabled] = useState(false);
  const context = useRef<AudioContext | null>(null);
  const chimedFor = useRef<number | null>(null);

  useEffect(() => setEnabled(window.localStorage.getItem(storageKey) === "on"), []);

  useEffect(() => {
    if (!enabled || timer.endsAt === null) return;
    const endsAt = timer.endsAt;
    const check = () => {
      if (remainingAt(timer, serverNow()) !== 0 || chimedFor.current === endsAt) return;
      chimedFor.current = endsAt;
      context.current ??= new AudioContext();
      chime(context.current);
    };
    check();
    const tick = setInterval(check, 250);
    return () => clearInterval(tick);
  }, [enabled, timer, serverNow]);

  return (
    <label className="mt-3 flex items-center gap-3 text-lg">
      <input
        type="checkbox"
        className="h-6 w-6"
        checked={enabled}
        onChange={(event) => {
          const on = event.target.checked;
          setEnabled(on);
          window.localStorage.setItem(storageKey, on ? "on" : "off");
          if (on) {
            context.current ??= new AudioContext();
            void context.current.resume().then(() => chime(context.current!));
          }
        }}
      />
      {t("timerSound")}
    </label>
  );
}
