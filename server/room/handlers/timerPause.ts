import { pause } from "../../../lib/domain/phaseTimer";
import { emptyInput } from "../../realtime/input";
import { timerHandler } from "./timerChange";

export const timerPause = timerHandler("timer:pause", emptyInput, () => (state, now) => pause(state, now));
