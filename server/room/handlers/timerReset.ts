import { reset } from "../../../lib/domain/phaseTimer";
import { timerHandler } from "./timerChange";

export const timerReset = timerHandler("timer:reset", () => () => reset());
