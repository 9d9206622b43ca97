// The authorisation code flow with PKCE, state and nonce, from Samla's side: start sends the
// browser to the provider; finish takes the browser back, exchanges the code, has
// openid-client check the ID token (signature from the provider's JWKS, issuer, audience,
// expiry, nonce), checks the clock itself, applies Samla's entry rules and finds the account.
import { generators, type BaseClient, type IdTokenClaims } from "openid-client";
import type { Db } from "../../db/client";
import { log } from "../../log";
import { admit, type AccessRules, type ClaimSettings } from "./admission";
import type { Flow } from "./flowCookie";
import { accountForSignIn, type LocalAccount } from "./providerAccount";
import { providerClient, type OidcSettings } from "./providerClient";
import { refusalFromError, type SignInRefusal } from "./refusals";

/** Only paths on this site: never send someone elsewhere after signing in. */
export function safeCallbackUrl(value: string | null | undefined): string {
  return value?.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/dashboard";
}

export async function startSignIn(settings: OidcSettings, callbackUrl: string): Promise<{ ok: true; location: string; flow: Flow } | { ok: false; refusal: SignInRefusal }> {
  let client: BaseClient;
  try {
    client = await providerClient(settings);
  } catch (error) {
    log.warn("oidc sign-in could not start", error);
    return { ok: false, refusal: refusalFromError(error) };
  }
  const flow: Flow = { state: generators.state(), nonce: generators.nonce(), codeVerifier: generators.codeVerifier(), callbackUrl: safeCallbackUrl(callbackUrl) };
  const location = client.authorizationUrl({
    scope: settings.scopes,
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: generators.codeChallenge(flow.codeVerifier),
    code_challenge_method: "S256",
  });
  return { ok: true, location, flow };
}

export interface FinishContext {
  db: Db;
  settings: OidcSettings;
  rules: AccessRules;
  claimSettings: ClaimSettings;
  signUpOpenByEnv: boolean | undefined;
}

export type Finished = { ok: true; account: LocalAccount; subjectKey: string; callbackUrl: string } | { ok: false; refusal: SignInRefusal };

/** openid-client does not check `iat`: a token issued "in the future" means the clocks disagree. */
function clockSkewOf(claims: IdTokenClaims, toleranceSeconds: number, nowSeconds = Math.floor(Date.now() / 1000)): SignInRefusal | null {
  const ahead = claims.iat - nowSeconds;
  return ahead > toleranceSeconds ? { code: "clockSkew", minutes: Math.max(1, Math.round(ahead / 60)) } : null;
}

export async function finishSignIn(context: FinishContext, callbackQuery: URLSearchParams, flow: Flow | null): Promise<Finished> {
  if (!flow) return { ok: false, refusal: { code: "flowExpired" } };
  const refuse = (refusal: SignInRefusal, detail?: unknown): Finished => {
    log.warn(`oidc sign-in refused: ${refusal.code}`, detail);
    return { ok: false, refusal };
  };
  let claims: Record<string, unknown>;
  try {
    const client = await providerClient(context.settings);
    const params = client.callbackParams(`${context.settings.redirectUri}?${callbackQuery}`);
    const tokens = await client.callback(context.settings.redirectUri, params, {
      response_type: "code",
      state: flow.state,
      nonce: flow.nonce,
      code_verifier: flow.codeVerifier,
    });
    const idClaims = tokens.claims();
    const skew = clockSkewOf(idClaims, context.settings.clockToleranceSeconds);
    if (skew) return refuse(skew, { iat: idClaims.iat });
    claims = { ...idClaims };
    // Providers that follow the spec to the letter put profile claims only in userinfo when an
    // access token is issued; the ID token's own claims win where both have one.
    if (!idClaims.email && tokens.access_token && client.issuer.metadata.userinfo_endpoint) {
      const info = await client.userinfo(tokens);
      claims = { ...info, ...idClaims };
    }
  } catch (error) {
    return refuse(refusalFromError(error), error instanceof Error ? error.message : error);
  }

  const admitted = admit(claims, context.rules, context.claimSettings);
  if (!admitted.ok) return refuse(admitted.refusal, { sub: claims.sub });
  const account = await accountForSignIn(context.db, admitted.admitted, context.rules, context.signUpOpenByEnv);
  if (!account.ok) return refuse(account.refusal, { sub: claims.sub });
  if (account.account.linked) log.info("oidc sign-in linked to an existing account", { userId: account.account.id });
  return { ok: true, account: account.account, subjectKey: admitted.admitted.subjectKey, callbackUrl: flow.callbackUrl };
}
