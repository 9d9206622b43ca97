// HSTS and Secure cookies follow the scheme the request came over: behind a TLS-terminating
// proxy that says so (X-Forwarded-Proto: https with TRUST_PROXY=true) they are sent; over
// plain http, or when a client claims https to a server that does not trust a proxy, not.
import { afterAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../helpers/server";

const servers: RunningServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
});

async function csrf(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/api/auth/csrf`, { headers });
  await res.arrayBuffer();
  return { hsts: res.headers.get("strict-transport-security"), cookies: res.headers.getSetCookie(), policy: res.headers.get("content-security-policy") ?? "" };
}

describe("https-only headers", () => {
  it("are sent when a trusted proxy says https, and only then", async () => {
    const trusting = await startServer({ env: { TRUST_PROXY: "true" } });
    servers.push(trusting);
    const overHttps = await csrf(trusting.url, { "x-forwarded-proto": "https" });
    expect(overHttps.hsts).toMatch(/^max-age=\d{7,}/);
    expect(overHttps.cookies.length).toBeGreaterThan(0);
    expect(overHttps.cookies.every((c) => /;\s*Secure(;|$)/i.test(c))).toBe(true);
    expect(overHttps.policy).toContain("upgrade-insecure-requests");
    expect(overHttps.policy).toMatch(/connect-src 'self' wss:\/\/127\.0\.0\.1:\d+/);

    const plain = await csrf(trusting.url);
    expect(plain.hsts).toBeNull();
    expect(plain.cookies.some((c) => /;\s*Secure(;|$)/i.test(c))).toBe(false);
    expect(plain.policy).toMatch(/connect-src 'self' ws:\/\/127\.0\.0\.1:\d+/);

    const untrusting = await startServer();
    servers.push(untrusting);
    const claimed = await csrf(untrusting.url, { "x-forwarded-proto": "https" });
    expect(claimed.hsts).toBeNull();
    expect(claimed.cookies.some((c) => /;\s*Secure(;|$)/i.test(c))).toBe(false);
  });
});
