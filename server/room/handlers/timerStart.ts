import { z } from "zod";
import { start } from "../../../lib/domain/phaseTimer";
import { MAX_TIMER_MS, timerHandler } from "./timerChange";

/** Starts (or restarts) the countdown from a full duration. */
export const timerStart = timerHandler(
  "timer:start",
  z.object({ durationMs: z.number().int().min(1000).max(MAX_TIMER_MS) }).strict(),
  ({ durationMs }) => (_state, now) => start(durationMs, now),
);
