import { pause } from "../../domain/phaseTimer";
import { emptyInput } from "./emptyInput";
import { timerHandler } from "./timerChange";

export const timerPause = timerHandler("timer:pause", emptyInput, () => (state, now) => pause(state, now));
