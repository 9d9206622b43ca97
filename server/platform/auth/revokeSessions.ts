// Ending sessions for good: the rows go (so the tokens stop working for every new request,
// on every instance) and the connections already opened with them close now rather than at
// their next reconnect. Closing them is the servers' business (server/samla.ts registers how:
// socket.io through its session room, which the Redis adapter carries to the other instances,
// and board sync on this process); this layer only says which sessions ended.
import type { Db } from "../db/client";
import { endSession, endSessionsOf } from "./sessions";

export type CloseSessionConnections = (sessionIds: string[]) => void;

// On globalThis: Next.js bundles route handlers apart from server/main.ts (see runtime.ts).
const holder = globalThis as typeof globalThis & { __samlaCloseSessionConnections?: CloseSessionConnections };

/** Called once at start-up by the process that runs the servers. */
export function onSessionsEnded(close: CloseSessionConnections): void {
  holder.__samlaCloseSessionConnections = close;
}

function closeConnections(sessionIds: string[]): void {
  // A script without servers has nothing connected.
  if (sessionIds.length > 0) holder.__samlaCloseSessionConnections?.(sessionIds);
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
