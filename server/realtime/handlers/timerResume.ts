import { resume } from "../../domain/phaseTimer";
import { emptyInput } from "./emptyInput";
import { timerHandler } from "./timerChange";

export const timerResume = timerHandler("timer:resume", emptyInput, () => (state, now) => resume(state, now));
