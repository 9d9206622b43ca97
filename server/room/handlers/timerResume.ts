import { resume } from "../../../lib/domain/phaseTimer";
import { timerHandler } from "./timerChange";

export const timerResume = timerHandler("timer:resume", () => (state, now) => resume(state, now));
