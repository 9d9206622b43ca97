// The list of socket.io events the server understands; each lives in its own file.
import type { z } from "zod";
import type { HandlerDefinition } from "../../realtime/handler";
import { boardLock, boardUnlock } from "./boardLock";
import { boardsLockAll, boardsUnlockAll } from "./boardsLockAll";
import { gatherToPlenary } from "./gatherToPlenary";
import { participantRemove } from "./participantRemove";
import { phaseSet } from "./phaseSet";
import { profileUpdate } from "./profileUpdate";
import { roomBroadcast } from "./roomBroadcast";
import { roomFollowMe } from "./roomFollowMe";
import { roomSync } from "./roomSync";
import { sendTopAreasToTables } from "./sendTopAreasToTables";
import { timeSync } from "./timeSync";
import { timerAddTime } from "./timerAddTime";
import { timerPause } from "./timerPause";
import { timerReset } from "./timerReset";
import { timerResume } from "./timerResume";
import { timerStart } from "./timerStart";
import { whoAmI } from "./whoAmI";
import { voteCast, voteRetract } from "../../voting/handlers/voteCast";
import { voteClose } from "../../voting/handlers/voteClose";
import { voteOpen } from "../../voting/handlers/voteOpen";
import { voteReveal } from "../../voting/handlers/voteReveal";
import { voteSync } from "../../voting/handlers/voteSync";

export { onRoomConnection } from "./connection";

export const handlers: ReadonlyArray<HandlerDefinition<z.ZodType>> = [
  whoAmI,
  roomSync,
  timeSync,
  phaseSet,
  timerStart,
  timerPause,
  timerResume,
  timerAddTime,
  timerReset,
  boardLock,
  boardUnlock,
  boardsLockAll,
  boardsUnlockAll,
  gatherToPlenary,
  sendTopAreasToTables,
  roomFollowMe,
  roomBroadcast,
  participantRemove,
  profileUpdate,
  voteSync,
  voteCast,
  voteRetract,
  voteOpen,
  voteClose,
  voteReveal,
] as ReadonlyArray<HandlerDefinition<z.ZodType>>;
