// What the browser carries between "go to the provider" and "back from the provider": the
// state, nonce and PKCE verifier of this one sign-in, and where to go afterwards. Encrypted
// with a key derived from AUTH_SECRET for this purpose only, so it can never pass for a
// session; it lives 15 minutes and only on the callback path.
import { decode, encode } from "next-auth/jwt";
import { z } from "zod";
import { oidcCallbackPath } from "./providerClient";

const maxAgeSeconds = 15 * 60;

const flowShape = z.object({
  state: z.string().min(16),
  nonce: z.string().min(16),
  codeVerifier: z.string().min(43),
  callbackUrl: z.string().startsWith("/"),
});
export type Flow = z.infer<typeof flowShape>;

const secretFor = (authSecret: string) => `${authSecret}:oidc-flow`;

export function flowCookieName(secure: boolean): string {
  return secure ? "__Secure-samla.oidc-flow" : "samla.oidc-flow";
}

function attributes(secure: boolean, maxAge: number): string {
  return [`Path=${oidcCallbackPath}`, "HttpOnly", "SameSite=Lax", `Max-Age=${maxAge}`, ...(secure ? ["Secure"] : [])].join("; ");
}

export async function flowCookie(flow: Flow, authSecret: string, secure: boolean): Promise<string> {
  const value = await encode({ token: flow, secret: secretFor(authSecret), maxAge: maxAgeSeconds });
  return `${flowCookieName(secure)}=${value}; ${attributes(secure, maxAgeSeconds)}`;
}

/** The Set-Cookie header that removes the flow cookie: a flow is used once. */
export function clearedFlowCookie(secure: boolean): string {
  return `${flowCookieName(secure)}=; ${attributes(secure, 0)}`;
}

/** The flow from the cookie, or null when it is missing, expired or not ours. */
export async function readFlow(value: string | undefined, authSecret: string): Promise<Flow | null> {
  if (!value) return null;
  const token = await decode({ token: value, secret: secretFor(authSecret) }).catch(() => null);
  const parsed = flowShape.safeParse(token);
  return parsed.success ? parsed.data : null;
}
