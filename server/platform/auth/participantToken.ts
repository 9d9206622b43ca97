// Participants have no account. Joining a workshop gives the device a signed token, held in
// an httpOnly cookie per workshop (non-browser clients pass it as `token`). The signature
// covers the participant's random secret, so removing a participant or rotating the secret
// invalidates every copy of the token.
import { createHmac, timingSafeEqual } from "node:crypto";

export const participantTokenPrefix = "p.";

export function participantCookieName(workshopId: string): string {
  return `samla_p_${workshopId}`;
}

function signature(authSecret: string, participantId: string, participantSecret: string): string {
  return createHmac("sha256", authSecret).update(`participant:${participantId}:${participantSecret}`).digest("base64url");
}

export function signParticipantToken(authSecret: string, participantId: string, participantSecret: string): string {
  return `${participantTokenPrefix}${participantId}.${signature(authSecret, participantId, participantSecret)}`;
}

/** The participant id a token claims, before its signature is checked; null if malformed. */
export function participantIdOf(token: string): string | null {
  const match = /^p\.([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? match[1] : null;
}

export function participantTokenMatches(token: string, authSecret: string, participantId: string, participantSecret: string): boolean {
  const expected = Buffer.from(signParticipantToken(authSecret, participantId, participantSecret));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
