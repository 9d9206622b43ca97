// npm run bench:oidc [-- --signins=40]
// Sign-ins through a real OpenID provider (node-oidc-provider on loopback) against the real
// server: the whole round trip a browser makes (Samla → provider login → provider → Samla's
// callback), one after another, and the server's CPU per sign-in. Samla fetches the discovery
// document and the JWKS afresh at every sign-in (so a rotated key is never refused); the second
// figure is what that costs: the same requests made alone. Loopback only, bounded in count.
import { Issuer } from "openid-client";
import { startOidcProvider } from "../tests/helpers/oidcProvider";
import { signInWithProvider } from "../tests/helpers/oidcSignIn";
import { freePort, startServer } from "../tests/helpers/server";
import { percentile } from "./lib/loadClients";
import { cpuSeconds } from "./lib/processStats";

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")));
const signins = Math.min(500, Number(args.signins ?? 40));

const port = await freePort();
const provider = await startOidcProvider({
  people: { kari: { password: "kari-pw", claims: { email: "kari@vestby.kommune.no", email_verified: true, name: "Kari", tid: "t1" } } },
  redirectUris: [`http://127.0.0.1:${port}/api/auth/callback/oidc`],
  postLogoutRedirectUris: [],
});
const server = await startServer({ port, env: { OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: provider.clientId, OIDC_CLIENT_SECRET: provider.clientSecret, OIDC_ALLOWED_EMAIL_DOMAINS: "vestby.kommune.no" } });
try {
  // Warm-up: the first request of each route compiles nothing in production but fills caches.
  await signInWithProvider(server.url, { username: "kari", password: "kari-pw" });
  const cpuBefore = cpuSeconds(server.child.pid!);
  const totals: number[] = [];
  for (let i = 0; i < signins; i++) {
    const started = performance.now();
    const result = await signInWithProvider(server.url, { username: "kari", password: "kari-pw" });
    if (!result.cookieHeader) throw new Error(`sign-in ${i} refused: ${result.refusal}`);
    totals.push(performance.now() - started);
  }
  const cpuPerSignIn = ((cpuSeconds(server.child.pid!) - cpuBefore) / signins) * 1000;

  const discovery: number[] = [];
  for (let i = 0; i < signins; i++) {
    const started = performance.now();
    const issuer = await Issuer.discover(provider.issuer);
    await (await fetch(String(issuer.metadata.jwks_uri))).json();
    discovery.push(performance.now() - started);
  }
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(`OIDC sign-ins: ${signins}, one after another, over loopback`);
  console.log(`  whole round trip (redirects, login form, code exchange, callback): p50 ${ms(percentile(totals, 50))}, p95 ${ms(percentile(totals, 95))}`);
  console.log(`  Samla server CPU per sign-in: ${ms(cpuPerSignIn)}`);
  console.log(`  discovery + JWKS fetched alone (done twice per sign-in: start and callback): p50 ${ms(percentile(discovery, 50))}, p95 ${ms(percentile(discovery, 95))}`);
} finally {
  await server.stop();
  await provider.stop();
}
