import { getConfig } from "@/server/platform/config";
import { providerEndSessionUrl, signedOutPath } from "@/server/platform/auth/oidc/endSession";

export const dynamic = "force-dynamic";

/** Sends the browser on to the provider's sign-out; back to the signed-out page if it has none. */
export async function GET() {
  const target = (await providerEndSessionUrl()) ?? new URL(`${signedOutPath}?provider=unavailable`, getConfig().publicUrl).toString();
  return new Response(null, { status: 302, headers: { location: target, "cache-control": "no-store" } });
}
