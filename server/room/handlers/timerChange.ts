// The five timer events share one shape: a pure change from lib/domain/phaseTimer applied
// through the conditional write in server/room/timer.ts, then one publish.
import { defineHandler, HandlerError } from "../../realtime/handler";
import type { ClientInput } from "../../../lib/contract/events";
import { snapshot, type TimerState } from "../../../lib/domain/phaseTimer";
import { TimerConflict, updateTimer } from "../timer";
import { publishRoom } from "../publish";

type TimerEvent = "timer:start" | "timer:pause" | "timer:resume" | "timer:addTime" | "timer:reset";

export function timerHandler<E extends TimerEvent>(event: E, change: (payload: ClientInput<E>) => (state: TimerState, now: number) => TimerState) {
  return defineHandler<TimerEvent>({
    event,
    allow: "facilitator",
    async handle(ctx, payload) {
      let next: TimerState | null;
      try {
        next = await updateTimer(ctx.db, ctx.workshopId, change(payload as ClientInput<E>));
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
