import { reset } from "../../../lib/domain/phaseTimer";
import { emptyInput } from "../../realtime/input";
import { timerHandler } from "./timerChange";

export const timerReset = timerHandler("timer:reset", emptyInput, () => () => reset());
