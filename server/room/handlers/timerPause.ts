import { pause } from "../../../lib/domain/phaseTimer";
import { timerHandler } from "./timerChange";

export const timerPause = timerHandler("timer:pause", () => (state, now) => pause(state, now));
