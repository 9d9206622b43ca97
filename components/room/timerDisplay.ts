// Turning the server's timer snapshot into what a screen shows, from the server's clock.
import type { TimerSnapshot } from "@/lib/domain/phaseTimer";

export function remainingAt(timer: TimerSnapshot, serverNow: number): number | null {
  if (timer.endsAt !== null) return Math.max(0, timer.endsAt - serverNow);
  return timer.remainingMs;
}

/** "7:05", "0:00", "1:02:30": rounded up, so "0:00" appears only when time is really out. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}
