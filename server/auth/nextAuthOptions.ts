// next-auth configuration: email + password for facilitators and organisers. Sign-in with the
// municipality's OpenID Connect provider is in ./oidc (its routes start the same session).
// Sessions are JWTs in an httpOnly, SameSite=Lax cookie; authenticate.ts reads the same cookie
// for socket.io and Yjs.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getConfig } from "../config";
import { getDb } from "../db/client";
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
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/signin", error: "/signin" },
    providers,
    callbacks: {
      async jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
        return session;
      },
    },
  };
}
