// next-auth configuration: email + password for facilitators and organisers. Sign-in with the
// municipality's OpenID Connect provider is in ./oidc (its routes start the same session).
// Sessions are JWTs in an httpOnly, SameSite=Lax cookie; authenticate.ts reads the same cookie
// for socket.io and Yjs. Each JWT names a UserSession row (sessions.ts) that signing out ends.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getConfig } from "../config";
import { getDb } from "../db/client";
import { endSessionEverywhere } from "./revokeSessions";
import { liveSession, sessionMaxAgeSeconds, startSession } from "./sessions";
import { verifyPassword } from "./passwords";
import { assertNotLocked, recordFailure, recordSuccess, SignInLockedError } from "./signInThrottle";

const credentialsInput = z.object({ email: z.string().trim().toLowerCase().max(320), password: z.string().max(200) });

function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : null;
  return first || null;
}

export function buildAuthOptions(): NextAuthOptions {
  const config = getConfig();
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, req) {
        // PASSWORD_SIGNIN=false: only the identity provider lets people in.
        if (!config.PASSWORD_SIGNIN) throw new Error("passwordSigninOff");
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

  return {
    secret: config.authSecret,
    session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
    pages: { signIn: "/signin", error: "/signin" },
    providers,
    callbacks: {
      async jwt({ token, user }) {
        if (!user) {
          // Reading the session (/api/auth/session): a signed-out or disabled session is none.
          // next-auth answers an empty session to a throw here and clears the cookie.
          const live = typeof token.sid === "string" && typeof token.sub === "string" && (await liveSession(getDb(), token.sid, token.sub));
          if (!live) throw new Error("the session has ended");
          return token;
        }
        // Signing in (with a password, or through ./oidc, which calls this too): the token
        // names its own session, which authenticate() checks on every request.
        return { ...token, sub: user.id, sid: await startSession(getDb(), user.id) };
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
