import { reset } from "../../domain/phaseTimer";
import { emptyInput } from "./emptyInput";
import { timerHandler } from "./timerChange";

export const timerReset = timerHandler("timer:reset", emptyInput, () => () => reset());
