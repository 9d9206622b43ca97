import { addTime } from "../../../lib/domain/phaseTimer";
import { timerHandler } from "./timerChange";

/** Adds (or with a negative value removes) time; two presses at once add twice. */
export const timerAddTime = timerHandler("timer:addTime", ({ ms }) => (state, now) => addTime(state, ms, now));
