// Ending sessions for good: the rows go (so the tokens stop working for every new request,
// on every instance) and the connections already opened with them close now rather than at
// their next reconnect: socket.io through its session room (which the Redis adapter carries
// to the other instances), board sync on this process.
import type { Db } from "../db/client";
import { rooms } from "../../realtime/rooms";
import { getRuntime, type Runtime } from "../../realtime/runtime";
import { endSession, endSessionsOf } from "./sessions";

function runtime(): Runtime | null {
  try {
    return getRuntime();
  } catch {
    return null; // a script without servers: nothing is connected
  }
}

function closeConnections(sessionIds: string[]): void {
  const live = runtime();
  if (!live || sessionIds.length === 0) return;
  live.io.in(sessionIds.map(rooms.session)).disconnectSockets(true);
  const ended = new Set(sessionIds);
  live.yjs.closeConnections((principal) => principal.kind === "user" && ended.has(principal.sessionId), "the session has ended");
}

/** Signing out (or an administrator ending them): these sessions are over. */
export async function endSessionEverywhere(db: Db, sessionIds: string[]): Promise<void> {
  for (const id of sessionIds) await endSession(db, id);
  closeConnections(sessionIds);
}

/** An administrator disables (or enables) an account; disabling ends all its sessions. */
export async function setAccountDisabled(db: Db, userId: string, disabled: boolean): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { disabledAt: disabled ? new Date() : null } });
  if (disabled) closeConnections(await endSessionsOf(db, userId));
}
