// next-auth configuration: email + password for facilitators and organisers, and an optional
// OpenID Connect provider (municipalities mostly use Microsoft Entra ID) switched on by env.
// Sessions are JWTs in an httpOnly, SameSite=Lax cookie; authenticate.ts reads the same cookie
// for socket.io and Yjs. Each JWT names a UserSession row (sessions.ts) that signing out ends.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getConfig } from "../config";
import { getDb } from "../db/client";
import { isSignUpOpen } from "./accounts";
import { endSessionEverywhere } from "./revokeSessions";
import { sessionMaxAgeSeconds, startSession } from "./sessions";
import { verifyPassword } from "./passwords";
import { assertNotLocked, recordFailure, recordSuccess, SignInLockedError } from "./signInThrottle";

const credentialsInput = z.object({ email: z.string().trim().toLowerCase().max(320), password: z.string().max(200) });

function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : null;
  return first || null;
}

export const oidcProviderId = "oidc";

export function buildAuthOptions(): NextAuthOptions {
  const config = getConfig();
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, req) {
        const parsed = credentialsInput.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const db = getDb();
        const address = clientAddress(req?.headers as Record<string, unknown> | undefined);
        try {
          await assertNotLocked(db, email, address);
        } catch (error) {
          // next-auth passes the message on as `error`; the sign-in page translates it.
          if (error instanceof SignInLockedError) throw new Error(error.message);
          throw error;
        }
        const user = await db.user.findUnique({ where: { email } });
        const valid = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : false;
        if (user && valid && user.disabledAt) throw new Error("accountDisabled");
        if (!user || !valid) {
          await recordFailure(db, { maxFailures: config.SIGNIN_MAX_FAILURES, lockMinutes: config.SIGNIN_LOCK_MINUTES }, email, address);
          await assertNotLocked(db, email, address).catch((error: Error) => {
            throw new Error(error.message);
          });
          return null;
        }
        await recordSuccess(db, email);
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ];

  if (config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET) {
    providers.push({
      id: oidcProviderId,
      name: config.OIDC_NAME,
      type: "oauth",
      wellKnown: `${config.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: config.OIDC_CLIENT_ID,
      clientSecret: config.OIDC_CLIENT_SECRET,
      idToken: true,
      checks: ["pkce", "state"],
      authorization: { params: { scope: "openid email profile" } },
      profile(profile: { sub: string; email?: string; preferred_username?: string; name?: string }) {
        return { id: profile.sub, email: (profile.email ?? profile.preferred_username ?? "").toLowerCase(), name: profile.name ?? profile.email ?? profile.sub };
      },
    });
  }

  return {
    secret: config.authSecret,
    session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
    pages: { signIn: "/signin", error: "/signin" },
    providers,
    callbacks: {
      // OIDC accounts map onto local users: an existing account with that email, or a new one
      // when sign-up is open (or this is the first account).
      async signIn({ user, account }) {
        if (account?.provider !== oidcProviderId) return true;
        const db = getDb();
        const subject = account.providerAccountId;
        const email = user.email?.toLowerCase();
        if (!email) return "/signin?error=oidcNoEmail";
        const existing = (await db.user.findUnique({ where: { oidcSubject: subject } })) ?? (await db.user.findUnique({ where: { email } }));
        if (existing) {
          if (existing.disabledAt) return "/signin?error=accountDisabled";
          if (!existing.oidcSubject) await db.user.update({ where: { id: existing.id }, data: { oidcSubject: subject } });
          return true;
        }
        const first = (await db.user.count()) === 0;
        if (!first && !(await isSignUpOpen(db, config.SIGNUP_OPEN))) return "/signin?error=signupClosed";
        await db.user.create({ data: { email, name: user.name ?? email, oidcSubject: subject, role: first ? "admin" : "facilitator" } });
        return true;
      },
      async jwt({ token, user, account }) {
        if (!user) return token;
        const userId =
          account?.provider === oidcProviderId ? (await getDb().user.findUnique({ where: { oidcSubject: account.providerAccountId } }))?.id : user.id;
        // Signing in: the token names its own session, which authenticate() checks every time.
        // Without a local user it names none and is refused.
        if (userId) return { ...token, sub: userId, sid: await startSession(getDb(), userId) };
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
        return session;
      },
    },
    events: {
      // POST /api/auth/signout: the cookie is cleared by next-auth; this ends the token itself,
      // including copies of it and connections opened with it.
      async signOut({ token }) {
        if (typeof token?.sid === "string") await endSessionEverywhere(getDb(), [token.sid]);
      },
    },
  };
}
