// The one place that decides who is calling: an HTTP request, a socket.io handshake or a
// Yjs upgrade all reduce to "cookies + optional token" and come out as a Principal or a
// refusal with a status and a reason. Callers never parse cookies or tokens themselves.
import { decode } from "next-auth/jwt";
import type { Db } from "../db/client";
import { liveSession } from "./sessions";
import { participantCookieName, participantIdOf, participantTokenMatches, participantTokenPrefix } from "./participantToken";

export type UserRole = "admin" | "facilitator";
export type ParticipantRole = "participant" | "observer";

export type Principal =
  | { kind: "user"; userId: string; email: string; name: string; role: UserRole; /** The UserSession this caller signed in with. */ sessionId: string }
  | {
      kind: "participant";
      participantId: string;
      workshopId: string;
      displayName: string;
      organisation: string;
      sector: string | null;
      role: ParticipantRole;
      tableId: string | null;
    };

export type AuthResult = { ok: true; principal: Principal } | { ok: false; status: 401 | 403; reason: string };

export interface Credentials {
  /** Cookie header as sent by the browser. */
  cookieHeader?: string | null;
  /** Explicit token for non-browser clients: a participant token or a session token. */
  token?: string | null;
}

export const sessionCookieNames = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

export function parseCookies(header: string | null | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    try {
      cookies[name] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      // A malformed cookie is ignored rather than failing the whole request.
    }
  }
  return cookies;
}

const refuse = (status: 401 | 403, reason: string): AuthResult => ({ ok: false, status, reason });

async function userFromSessionToken(db: Db, authSecret: string, token: string): Promise<Principal | null> {
  const claims = await decode({ token, secret: authSecret }).catch(() => null);
  const userId = typeof claims?.sub === "string" ? claims.sub : null;
  // A valid signature is not enough: the session must still be open (see sessions.ts). Tokens
  // from before sessions had ids carry no `sid` and are refused: their owner signs in again.
  const sessionId = typeof claims?.sid === "string" ? claims.sid : null;
  if (!userId || !sessionId) return null;
  const session = await liveSession(db, sessionId, userId);
  if (!session) return null;
  const { user } = session;
  return { kind: "user", userId: user.id, email: user.email, name: user.name, role: user.role === "admin" ? "admin" : "facilitator", sessionId };
}

async function participantFromToken(db: Db, authSecret: string, token: string, workshopId?: string): Promise<AuthResult> {
  const participantId = participantIdOf(token);
  if (!participantId) return refuse(401, "malformed participant token");
  const participant = await db.participant.findUnique({ where: { id: participantId } });
  if (!participant || !participantTokenMatches(token, authSecret, participant.id, participant.secret)) {
    return refuse(401, "unknown or invalid participant token");
  }
  if (participant.removedAt) return refuse(403, "the facilitator has removed this participant");
  if (workshopId && participant.workshopId !== workshopId) return refuse(403, "participant belongs to another workshop");
  return {
    ok: true,
    principal: {
      kind: "participant",
      participantId: participant.id,
      workshopId: participant.workshopId,
      displayName: participant.displayName,
      organisation: participant.organisation,
      sector: participant.sector,
      role: participant.role === "observer" ? "observer" : "participant",
      tableId: participant.tableId,
    },
  };
}

/**
 * Resolves the caller. With `workshopId`, a participant cookie for that workshop is used;
 * a facilitator session always wins over a participant cookie on the same browser.
 */
export async function authenticate(
  db: Db,
  authSecret: string,
  credentials: Credentials,
  scope: { workshopId?: string } = {},
): Promise<AuthResult> {
  const cookies = parseCookies(credentials.cookieHeader);
  const token = credentials.token?.trim();

  if (token) {
    if (token.startsWith(participantTokenPrefix)) return participantFromToken(db, authSecret, token, scope.workshopId);
    const user = await userFromSessionToken(db, authSecret, token);
    return user ? { ok: true, principal: user } : refuse(401, "invalid or expired token");
  }

  for (const name of sessionCookieNames) {
    const session = cookies[name];
    if (!session) continue;
    const user = await userFromSessionToken(db, authSecret, session);
    if (user) return { ok: true, principal: user };
  }

  if (scope.workshopId) {
    const participantToken = cookies[participantCookieName(scope.workshopId)];
    if (participantToken) return participantFromToken(db, authSecret, participantToken, scope.workshopId);
  }
  return refuse(401, "sign in or join the workshop first");
}

/** What a principal may do in one workshop. */
export type WorkshopAccess = "facilitator" | "participant" | "observer";

/** Authorises a principal for a workshop; admins and the workshop's facilitators run it. */
export async function accessToWorkshop(db: Db, principal: Principal, workshopId: string): Promise<WorkshopAccess | null> {
  if (principal.kind === "participant") {
    if (principal.workshopId !== workshopId) return null;
    return principal.role === "observer" ? "observer" : "participant";
  }
  if (principal.role === "admin") {
    const exists = await db.workshop.count({ where: { id: workshopId } });
    return exists ? "facilitator" : null;
  }
  const workshop = await db.workshop.findFirst({
    // A programme's members facilitate every workshop in it (an organiser adds them there).
    where: {
      id: workshopId,
      OR: [{ ownerId: principal.userId }, { facilitators: { some: { userId: principal.userId } } }, { programme: { members: { some: { userId: principal.userId } } } }],
    },
    select: { id: true },
  });
  return workshop ? "facilitator" : null;
}
