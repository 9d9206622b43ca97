// An action owner's follow-up link carries a token: the link row's id and an HMAC (the server's
// AUTH_SECRET) over that id and the row's random secret. Nothing else is needed to open it, so it
// works on a phone with no account; revoking the row (revokedAt) or rotating AUTH_SECRET makes
// every copy useless. The same token opens the owner's calendar feed.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const PREFIX = "f.";
const TOKEN = /^f\.([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{43})$/;

export const freshLinkSecret = (): string => randomBytes(32).toString("base64url");

function signature(authSecret: string, linkId: string, linkSecret: string): string {
  return createHmac("sha256", authSecret).update(`follow-up:${linkId}:${linkSecret}`).digest("base64url");
}

export function signFollowUpToken(authSecret: string, linkId: string, linkSecret: string): string {
  return `${PREFIX}${linkId}.${signature(authSecret, linkId, linkSecret)}`;
}

/** The link id a token claims, before its signature is checked; null if malformed. */
export function linkIdOf(token: string): string | null {
  return TOKEN.exec(token)?.[1] ?? null;
}

export function followUpTokenMatches(token: string, authSecret: string, linkId: string, linkSecret: string): boolean {
  const expected = Buffer.from(signFollowUpToken(authSecret, linkId, linkSecret));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * The key of a workshop's or a programme's shared deadline feed (calendar apps cannot sign in,
 * so the feed's URL carries it). It is derived from AUTH_SECRET and the id, so it needs no row;
 * rotating AUTH_SECRET withdraws every feed key at once.
 */
export function signFeedKey(authSecret: string, scope: "workshop" | "programme", id: string): string {
  return createHmac("sha256", authSecret).update(`follow-up-feed:${scope}:${id}`).digest("base64url");
}

export function feedKeyMatches(key: string, authSecret: string, scope: "workshop" | "programme", id: string): boolean {
  const expected = Buffer.from(signFeedKey(authSecret, scope, id));
  const given = Buffer.from(key);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
