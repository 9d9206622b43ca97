// The room's socket.io events, each in its own file; server/samla.ts registers them with the
// other features' and hands onRoomConnection to the realtime server.
import type { AnyHandler } from "../../realtime/handler";
import { boardLock, boardUnlock } from "./boardLock";
import { boardsLockAll, boardsUnlockAll } from "./boardsLockAll";
import { boardsSummary } from "./boardsSummary";
import { gatherToPlenary } from "./gatherToPlenary";
import { phaseSet } from "./phaseSet";
import { profileUpdate } from "./profileUpdate";
import { projectorShow } from "./projectorShow";
import { roomBroadcast } from "./roomBroadcast";
import { roomFollowMe } from "./roomFollowMe";
import { roomSync } from "./roomSync";
import { sendTopAreasToTables } from "./sendTopAreasToTables";
import { silentPrivateBoard, silentSet, silentShareMine } from "./silentWriting";
import { timeSync } from "./timeSync";
import { timerAddTime } from "./timerAddTime";
import { timerPause } from "./timerPause";
import { timerReset } from "./timerReset";
import { timerResume } from "./timerResume";
import { timerStart } from "./timerStart";
import { whoAmI } from "./whoAmI";

export { onRoomConnection } from "./connection";

export const roomHandlers: ReadonlyArray<AnyHandler> = [
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
  silentSet,
  silentPrivateBoard,
  silentShareMine,
  roomFollowMe,
  projectorShow,
  boardsSummary,
  roomBroadcast,
  profileUpdate,
];
