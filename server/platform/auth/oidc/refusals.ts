// Every way an OIDC sign-in can be turned away, as one code the sign-in page translates
// (messages/*/auth.json, oidcError.*), and how a failure from openid-client maps onto it.
import { errors } from "openid-client";
import type { Refusal } from "./admission";
import type { AccountRefusal } from "./providerAccount";
import { ProviderMisconfiguredError, ProviderUnavailableError } from "./providerClient";

export type SignInRefusal =
  | Refusal
  | AccountRefusal
  | { code: "providerUnavailable" }
  | { code: "providerRefused"; providerError: string }
  | { code: "clockSkew"; minutes: number }
  | { code: "tokenExpired" }
  | { code: "tokenInvalid" }
  | { code: "stateMismatch" }
  | { code: "flowExpired" }
  | { code: "misconfigured" }
  | { code: "unexpected" };

const networkCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "ETIMEDOUT", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "EPIPE"]);

const minutesBetween = (a: number, b: number) => Math.max(1, Math.round(Math.abs(a - b) / 60));

/** Maps a failure while talking to the provider or checking its answer onto a refusal. */
export function refusalFromError(error: unknown): SignInRefusal {
  if (error instanceof ProviderUnavailableError) return { code: "providerUnavailable" };
  if (error instanceof ProviderMisconfiguredError) return { code: "misconfigured" };
  if (error instanceof errors.OPError) {
    // A 5xx without an OAuth error body: the provider is there but not working.
    const status = error.response?.statusCode ?? 0;
    if (status >= 500) return { code: "providerUnavailable" };
    return { code: "providerRefused", providerError: error.error ?? "unknown" };
  }
  if (error instanceof errors.RPError) {
    const message = error.message;
    if (/outgoing request timed out/.test(message)) return { code: "providerUnavailable" };
    if (/^state (mismatch|missing)/.test(message)) return { code: "stateMismatch" };
    if (/^JWT expired/.test(message)) return { code: "tokenExpired" };
    if (/^JWT not active yet/.test(message) && error.nbf && error.now) return { code: "clockSkew", minutes: minutesBetween(error.nbf, error.now) };
    // Everything else openid-client checks about the ID token: signature, key, algorithm,
    // issuer, audience, nonce, hashes. The person cannot fix any of these; say it was refused.
    return { code: "tokenInvalid" };
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && networkCodes.has(code)) return { code: "providerUnavailable" };
  return { code: "unexpected" };
}

/** The query string the sign-in page reads a refusal from. */
export function refusalQuery(refusal: SignInRefusal): URLSearchParams {
  const query = new URLSearchParams({ error: `oidc.${refusal.code}` });
  if ("email" in refusal) query.set("email", refusal.email);
  if ("domains" in refusal) query.set("domains", refusal.domains.map((d) => `@${d}`).join(", "));
  if ("minutes" in refusal) query.set("minutes", String(refusal.minutes));
  if ("providerError" in refusal) query.set("providerError", refusal.providerError);
  return query;
}
