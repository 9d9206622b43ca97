// Facilitator sessions that can end before their token expires. next-auth keeps sessions in a
// signed, encrypted JWT that stays valid until it expires wherever a copy of it exists; here
// every JWT names a UserSession row (`sid`), authenticate() checks that row on every request,
// socket.io handshake and Yjs upgrade, and signing out or disabling the account deletes it.
import { randomBytes } from "node:crypto";
import type { Db } from "../db/client";

/** How long a session lasts after signing in; next-auth's JWT gets the same maxAge. */
export const sessionMaxAgeSeconds = 12 * 60 * 60;

/** Starts a session for a user who just signed in; returns the id the JWT carries. */
export async function startSession(db: Db, userId: string, now = new Date()): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  // Sessions that ran out without a sign-out are swept here, where sessions are made anyway.
  await db.userSession.deleteMany({ where: { expiresAt: { lt: now } } });
  await db.userSession.create({ data: { id, userId, expiresAt: new Date(now.getTime() + sessionMaxAgeSeconds * 1000) } });
  return id;
}

export interface LiveSession {
  sessionId: string;
  user: { id: string; email: string; name: string; role: string };
}

/** The session and its user, if the session was not ended, has not expired and the account is not disabled. */
export async function liveSession(db: Db, sessionId: string, userId: string, now = new Date()): Promise<LiveSession | null> {
  const session = await db.userSession.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!session || session.userId !== userId || session.expiresAt <= now || session.user.disabledAt) return null;
  const { id, email, name, role } = session.user;
  return { sessionId: session.id, user: { id, email, name, role } };
}

/** Signing out: this session's token stops working. */
export async function endSession(db: Db, sessionId: string): Promise<void> {
  await db.userSession.deleteMany({ where: { id: sessionId } });
}

/** Every session of one user, e.g. when an administrator disables the account. */
export async function endSessionsOf(db: Db, userId: string): Promise<string[]> {
  const sessions = await db.userSession.findMany({ where: { userId }, select: { id: true } });
  await db.userSession.deleteMany({ where: { userId } });
  return sessions.map((s) => s.id);
}
