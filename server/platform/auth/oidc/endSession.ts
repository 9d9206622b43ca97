// Signing out of the identity provider as well (RP-initiated logout), offered after Samla's
// own sign-out. Samla keeps no ID token, so the provider is told which application asks
// (client_id) and where to send the person back; providers then ask the person to confirm.
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { getConfig } from "../../config";
import { log } from "../../log";
import { sessionCookieNames } from "../authenticate";
import { oidcSettings, providerClient } from "./providerClient";
import { signInMethodClaim } from "./sessionCookie";

export const signedOutPath = "/signed-out";

/** The provider's end-session address, or null when it has none or cannot be reached now. */
export async function providerEndSessionUrl(): Promise<string | null> {
  const config = getConfig();
  const settings = oidcSettings(config);
  if (!settings) return null;
  try {
    const client = await providerClient(settings);
    if (!client.issuer.metadata.end_session_endpoint) return null;
    // `state` comes back on the way home: the page can then say the provider's session ended too.
    return client.endSessionUrl({ post_logout_redirect_uri: new URL(signedOutPath, config.publicUrl).toString(), state: "provider" });
  } catch (error) {
    log.warn("oidc end-session address unavailable", error instanceof Error ? error.message : error);
    return null;
  }
}

/** For server components: whether the caller's session began at the identity provider. */
export async function currentSessionBeganAtProvider(): Promise<boolean> {
  const jar = await cookies();
  for (const name of sessionCookieNames) {
    const token = jar.get(name)?.value;
    if (!token) continue;
    const claims = await decode({ token, secret: getConfig().authSecret }).catch(() => null);
    if (claims?.[signInMethodClaim] === "oidc") return true;
  }
  return false;
}
