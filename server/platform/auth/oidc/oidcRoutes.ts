// The two HTTP ends of an OIDC sign-in. They sit at next-auth's own paths
// (/api/auth/signin/oidc, /api/auth/callback/oidc, the redirect URI to register at the
// provider); Next.js routes those static paths here before next-auth's catch-all.
import { getConfig, type Config } from "../../config";
import { getDb } from "../../db/client";
import { parseCookies } from "../authenticate";
import { buildAuthOptions } from "../nextAuthOptions";
import { loadAccessRules } from "./accessRules";
import { clearedFlowCookie, flowCookie, flowCookieName, readFlow } from "./flowCookie";
import { oidcSettings } from "./providerClient";
import { refusalQuery, type SignInRefusal } from "./refusals";
import { sessionCookieFor } from "./sessionCookie";
import { finishSignIn, startSignIn } from "./signInWithProvider";

const securePublicUrl = (config: Config) => (process.env.NEXTAUTH_URL ?? config.publicUrl).startsWith("https://");

function redirect(location: string, cookies: string[] = []): Response {
  const headers = new Headers({ location, "cache-control": "no-store" });
  for (const cookie of cookies) headers.append("set-cookie", cookie);
  return new Response(null, { status: 302, headers });
}

function toSignInPage(config: Config, refusal: SignInRefusal, cookies: string[] = []): Response {
  return redirect(new URL(`/signin?${refusalQuery(refusal)}`, config.publicUrl).toString(), cookies);
}

export async function handleSignInStart(req: Request): Promise<Response> {
  const config = getConfig();
  const settings = oidcSettings(config);
  if (!settings) return toSignInPage(config, { code: "misconfigured" });
  const started = await startSignIn(settings, new URL(req.url).searchParams.get("callbackUrl") ?? "/dashboard");
  if (!started.ok) return toSignInPage(config, started.refusal);
  const secure = securePublicUrl(config);
  return redirect(started.location, [await flowCookie(started.flow, config.authSecret, secure)]);
}

export async function handleCallback(req: Request): Promise<Response> {
  const config = getConfig();
  const settings = oidcSettings(config);
  if (!settings) return toSignInPage(config, { code: "misconfigured" });
  const secure = securePublicUrl(config);
  const cleared = clearedFlowCookie(secure);
  const flow = await readFlow(parseCookies(req.headers.get("cookie"))[flowCookieName(secure)], config.authSecret);
  const db = getDb();
  const { rules } = await loadAccessRules(db, config);
  const finished = await finishSignIn(
    { db, settings, rules, claimSettings: { groupsClaim: config.OIDC_GROUPS_CLAIM, trustEmail: config.OIDC_TRUST_EMAIL }, signUpOpenByEnv: config.SIGNUP_OPEN },
    new URL(req.url).searchParams,
    flow,
  );
  if (!finished.ok) return toSignInPage(config, finished.refusal, [cleared]);
  const session = await sessionCookieFor(buildAuthOptions(), finished.account, finished.subjectKey, secure);
  return redirect(new URL(finished.callbackUrl, config.publicUrl).toString(), [cleared, session]);
}

