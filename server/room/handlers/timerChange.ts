// The five timer events share one shape: a pure change from lib/domain/phaseTimer applied
// through the conditional write in roomTimer, then one publish.
import { z } from "zod";
import { defineHandler, HandlerError } from "../../realtime/handler";
import { snapshot, type TimerState } from "../../../lib/domain/phaseTimer";
import { TimerConflict, updateTimer } from "../timer";
import { publishRoom } from "../publish";

/** Ten hours: longer than any meeting day, short enough to catch a typo in minutes vs ms. */
export const MAX_TIMER_MS = 10 * 60 * 60 * 1000;

export function timerHandler<S extends z.ZodType>(event: string, input: S, change: (payload: z.infer<S>) => (state: TimerState, now: number) => TimerState) {
  return defineHandler({
    event,
    allow: "facilitator",
    input,
    async handle(ctx, payload) {
      let next: TimerState | null;
      try {
        next = await updateTimer(ctx.db, ctx.workshopId, change(payload));
      } catch (error) {
        if (error instanceof TimerConflict) throw new HandlerError("conflict", error.message);
        throw error;
      }
      if (!next) throw new HandlerError("notFound", "workshop not found");
      await publishRoom(ctx);
      return { timer: snapshot(next, Date.now()) };
    },
  });
}
