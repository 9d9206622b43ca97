// Changes the workshop's countdown. The row is the clock's only home, so each change is a
// conditional write: "set the new timer where the timer is still what I read". If another
// facilitator (or another instance) changed it in between, we read again and re-apply, so
// "+1 min" pressed twice at once really adds two minutes and nothing is lost or torn.
import type { Db } from "../platform/db/client";
import type { TimerState } from "../../lib/domain/phaseTimer";
import { serialised } from "../platform/serialised";

const MAX_ATTEMPTS = 5;

export class TimerConflict extends Error {}

function toRow(state: TimerState) {
  return {
    timerEndsAt: state.endsAt === null ? null : new Date(state.endsAt),
    timerRemainingMs: state.remainingMs,
    timerDurationMs: state.durationMs,
  };
}

/** Applies `change` to the current timer; returns the new state, or null if the workshop is gone. */
export function updateTimer(db: Db, workshopId: string, change: (state: TimerState, now: number) => TimerState): Promise<TimerState | null> {
  return serialised(`timer:${workshopId}`, async () => {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const row = await db.workshop.findUnique({
        where: { id: workshopId },
        select: { timerEndsAt: true, timerRemainingMs: true, timerDurationMs: true },
      });
      if (!row) return null;
      const current: TimerState = { endsAt: row.timerEndsAt?.getTime() ?? null, remainingMs: row.timerRemainingMs, durationMs: row.timerDurationMs };
      const next = change(current, Date.now());
      const { count } = await db.workshop.updateMany({
        where: { id: workshopId, timerEndsAt: row.timerEndsAt, timerRemainingMs: row.timerRemainingMs, timerDurationMs: row.timerDurationMs },
        data: toRow(next),
      });
      if (count === 1) return next;
    }
    throw new TimerConflict("the timer kept changing underneath; try again");
  });
}

/** Phase changes clear the countdown; used inside the phase change's own write. */
export const clearedTimerRow = toRow({ endsAt: null, remainingMs: null, durationMs: null });
