// The phase countdown as plain data, so the server can keep it in the Workshop row
// (timerEndsAt / timerRemainingMs / timerDurationMs) and every instance computes the same
// answer from the same row. The server is the only clock that counts: clients get `endsAt`
// plus the server's `now` and correct for their own offset.
//
// Representation:
//   idle     endsAt = null, remainingMs = null
//   running  endsAt = epoch ms when it reaches zero, remainingMs = null
//   paused   endsAt = null, remainingMs = what was left when paused
//   finished running with endsAt <= now (derived, never stored, so no job has to flip it)
// `durationMs` is the total length including added time: the UI draws progress against it.

export type TimerState = {
  endsAt: number | null;
  remainingMs: number | null;
  durationMs: number | null;
};

export type TimerStatus = "idle" | "running" | "paused" | "finished";

export const idleTimer: TimerState = Object.freeze({ endsAt: null, remainingMs: null, durationMs: null });

function assertDuration(ms: number, what: string): void {
  if (!Number.isFinite(ms) || !Number.isInteger(ms)) throw new RangeError(`${what} must be a whole number of milliseconds`);
}

export function start(durationMs: number, now: number): TimerState {
  assertDuration(durationMs, "durationMs");
  if (durationMs <= 0) throw new RangeError("durationMs must be positive");
  return { endsAt: now + durationMs, remainingMs: null, durationMs };
}

export function status(state: TimerState, now: number): TimerStatus {
  if (state.endsAt !== null) return state.endsAt <= now ? "finished" : "running";
  if (state.remainingMs !== null) return "paused";
  return "idle";
}

/** Milliseconds left, never negative; null when no timer is set. */
export function remainingMs(state: TimerState, now: number): number | null {
  if (state.endsAt !== null) return Math.max(0, state.endsAt - now);
  return state.remainingMs;
}

/** Pausing a finished or idle timer changes nothing: there is nothing left to hold. */
export function pause(state: TimerState, now: number): TimerState {
  if (status(state, now) !== "running") return state;
  return { endsAt: null, remainingMs: (state.endsAt as number) - now, durationMs: state.durationMs };
}

export function resume(state: TimerState, now: number): TimerState {
  if (status(state, now) !== "paused") return state;
  return { endsAt: now + (state.remainingMs as number), remainingMs: null, durationMs: state.durationMs };
}

/**
 * Adds (or with a negative value, removes) time. On a finished timer the added time counts
 * from now, because "two more minutes" after zero means two minutes from the moment asked.
 * On an idle timer it starts one. Removing more than is left ends the countdown at zero.
 */
export function addTime(state: TimerState, ms: number, now: number): TimerState {
  assertDuration(ms, "ms");
  const current = status(state, now);
  if (current === "idle") return ms > 0 ? start(ms, now) : state;
  const left = remainingMs(state, now) as number;
  const nextLeft = Math.max(0, left + ms);
  const durationMs = Math.max(0, (state.durationMs ?? left) + (nextLeft - left));
  if (current === "paused") return { endsAt: null, remainingMs: nextLeft, durationMs };
  return { endsAt: now + nextLeft, remainingMs: null, durationMs };
}

export function reset(): TimerState {
  return { ...idleTimer };
}

/** What the server sends to clients: enough to draw the countdown without trusting their clock. */
export type TimerSnapshot = TimerState & { status: TimerStatus; remainingMsNow: number | null; serverNow: number };

export function snapshot(state: TimerState, now: number): TimerSnapshot {
  return { ...state, status: status(state, now), remainingMsNow: remainingMs(state, now), serverNow: now };
}
