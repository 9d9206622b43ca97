import { start } from "../../../lib/domain/phaseTimer";
import { timerHandler } from "./timerChange";

/** Starts (or restarts) the countdown from a full duration. */
export const timerStart = timerHandler("timer:start", ({ durationMs }) => (_state, now) => start(durationMs, now));
