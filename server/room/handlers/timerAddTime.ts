import { z } from "zod";
import { addTime } from "../../../lib/domain/phaseTimer";
import { MAX_TIMER_MS, timerHandler } from "./timerChange";

/** Adds (or with a negative value removes) time; two presses at once add twice. */
export const timerAddTime = timerHandler(
  "timer:addTime",
  z.object({ ms: z.number().int().min(-MAX_TIMER_MS).max(MAX_TIMER_MS).refine((v) => v !== 0, "must not be zero") }).strict(),
  ({ ms }) => (state, now) => addTime(state, ms, now),
);
