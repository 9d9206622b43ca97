// The identity provider as openid-client (a certified OpenID Connect relying-party library,
// the one next-auth 4 uses underneath) sees it: discovery, then a client for Samla.
//
// The discovery document and the signing keys (JWKS) are fetched afresh for every sign-in.
// Sign-ins are rare (facilitators, a few a day), and a cached key set has a window in which a
// newly rotated key is refused: openid-client refetches an unknown key at most once a minute.
import { custom, Issuer, type BaseClient } from "openid-client";
import type { Config } from "../../config";

export const oidcCallbackPath = "/api/auth/callback/oidc";
export const oidcSignInPath = "/api/auth/signin/oidc";

export class ProviderUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`the identity provider could not be reached: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export class ProviderMisconfiguredError extends Error {}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
  scopes: string;
  clockToleranceSeconds: number;
  redirectUri: string;
}

export function oidcSettings(config: Config): OidcSettings | null {
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID || !config.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: config.OIDC_ISSUER,
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET,
    name: config.OIDC_NAME,
    scopes: config.OIDC_SCOPES,
    clockToleranceSeconds: config.OIDC_CLOCK_TOLERANCE_SECONDS,
    redirectUri: new URL(oidcCallbackPath, config.publicUrl).toString(),
  };
}

const withoutSlash = (url: string) => url.replace(/\/+$/, "");

/** Discovers the provider and returns a client; throws ProviderUnavailableError when it cannot. */
export async function providerClient(settings: OidcSettings): Promise<BaseClient> {
  let issuer: Issuer<BaseClient>;
  try {
    issuer = await Issuer.discover(settings.issuer);
  } catch (error) {
    throw new ProviderUnavailableError(error);
  }
  // Entra ID's multi-tenant documents name the issuer as a template ({tenantid}); openid-client
  // checks each token's issuer against the token's own tenant then.
  const discovered = String(issuer.issuer ?? "");
  if (withoutSlash(discovered) !== withoutSlash(settings.issuer) && !discovered.includes("{tenantid}")) {
    throw new ProviderMisconfiguredError(`OIDC_ISSUER is ${settings.issuer} but the provider calls itself ${discovered}`);
  }
  const algs = (issuer.metadata.id_token_signing_alg_values_supported as string[] | undefined) ?? ["RS256"];
  const client = new issuer.Client({
    client_id: settings.clientId,
    client_secret: settings.clientSecret,
    redirect_uris: [settings.redirectUri],
    response_types: ["code"],
    id_token_signed_response_alg: algs.includes("RS256") ? "RS256" : algs.find((a) => a !== "none"),
  });
  client[custom.clock_tolerance] = settings.clockToleranceSeconds;
  return client;
}
