import { resume } from "../../../lib/domain/phaseTimer";
import { emptyInput } from "../../realtime/input";
import { timerHandler } from "./timerChange";

export const timerResume = timerHandler("timer:resume", emptyInput, () => (state, now) => resume(state, now));
