// The participant cookie: httpOnly (scripts never see the token), SameSite=Lax (a QR-code link
// opened from another app still carries it), Secure whenever Samla is served over https.
import { participantCookieName } from "../platform/auth/participantToken";

export const PARTICIPANT_COOKIE_MAX_AGE_S = 60 * 60 * 24 * 60;

export function participantCookie(workshopId: string, token: string, publicUrl: string): string {
  const secure = publicUrl.startsWith("https:") ? "; Secure" : "";
  return `${participantCookieName(workshopId)}=${encodeURIComponent(token)}; Path=/; Max-Age=${PARTICIPANT_COOKIE_MAX_AGE_S}; HttpOnly; SameSite=Lax${secure}`;
}
