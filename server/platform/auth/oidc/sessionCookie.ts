// Starts Samla's own session after an OIDC sign-in: the same next-auth JWT, cookie and
// callbacks as a password sign-in, so authenticate.ts, sign-out and whatever the jwt callback
// and signIn event record for a session apply to both ways in alike.
import type { Account, NextAuthOptions } from "next-auth";
import { encode, type JWT } from "next-auth/jwt";
import { sessionCookieNames } from "../authenticate";
import type { LocalAccount } from "./providerAccount";

/** next-auth's own name for the cookie: the __Secure- one on https. */
function sessionCookieName(secure: boolean): string {
  const [secureName, plainName] = sessionCookieNames;
  return secure ? secureName : plainName;
}

/** The session's claim that says it began at the identity provider (sign-out then offers the provider's sign-out). */
export const signInMethodClaim = "signInMethod";

export async function sessionCookieFor(options: NextAuthOptions, account: LocalAccount, providerAccountId: string, secure: boolean): Promise<string> {
  const maxAge = options.session?.maxAge ?? 30 * 24 * 60 * 60;
  const user = { id: account.id, email: account.email, name: account.name };
  const nextAuthAccount: Account = { provider: "oidc", type: "oauth", providerAccountId };
  let token: JWT = { name: account.name, email: account.email, sub: account.id, [signInMethodClaim]: "oidc" };
  if (options.callbacks?.jwt) {
    token = await options.callbacks.jwt({ token, user, account: nextAuthAccount, isNewUser: account.created, trigger: account.created ? "signUp" : "signIn" });
  }
  const value = await encode({ token, secret: options.secret ?? "", maxAge });
  await options.events?.signIn?.({ user, account: nextAuthAccount, isNewUser: account.created });
  return [`${sessionCookieName(secure)}=${value}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${maxAge}`, ...(secure ? ["Secure"] : [])].join("; ");
}
