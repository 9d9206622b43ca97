// Security headers on every response of the one HTTP server: pages, API routes, downloads.
//
// The Content-Security-Policy allows nothing from another origin and no inline script without
// this request's nonce. Next.js reads the nonce from the policy on the *request* (the same
// thing its proxy/middleware convention does) and puts it on its own inline scripts, so the
// policy is set on the request before Next sees it, and on the response for the browser.
// Pages render per request (the root layout reads cookies), so every page gets a fresh nonce.
//
// HSTS and the Secure flag on cookies follow whether the request came over https: directly,
// by PUBLIC_URL being https, or by a proxy in front saying so (X-Forwarded-Proto) when
// TRUST_PROXY is set.
import { randomBytes } from "node:crypto";
import type http from "node:http";

export interface SecurityOptions {
  /** PUBLIC_URL starts with https: every request is taken to have come over https. */
  httpsPublicUrl: boolean;
  /** Believe X-Forwarded-Proto from the proxy in front. */
  trustProxy: boolean;
  /** next dev evaluates code for hot reload and needs 'unsafe-eval'. */
  dev: boolean;
  /** The OpenID provider's origin: a sign-in form's redirect goes there. */
  signInOrigin?: string;
}

/** A host header as it may appear in a policy: host name or [v6], optional port, nothing else. */
const plainHost = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

export function contentSecurityPolicy(nonce: string, options: { host?: string; https: boolean; dev: boolean; signInOrigin?: string }): string {
  // 'self' covers ws:/wss: of the same origin in current browsers; naming the socket origin
  // too keeps older ones (and a scheme change at a proxy) from refusing Yjs and socket.io.
  const sockets = options.host && plainHost.test(options.host) ? [`${options.https ? "wss" : "ws"}://${options.host}`] : [];
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, ...(options.dev ? ["'unsafe-eval'"] : [])],
    // React writes style attributes (positions on the board); styles cannot run code.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'", ...sockets],
    ["worker-src", "'self'", "blob:"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'", ...(options.signInOrigin ? [options.signInOrigin] : [])],
    ["frame-ancestors", "'none'"],
    ...(options.https ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** Whether `req` reached Samla over https, as far as this server may know. */
export function cameOverHttps(req: http.IncomingMessage, options: Pick<SecurityOptions, "httpsPublicUrl" | "trustProxy">): boolean {
  if (options.httpsPublicUrl) return true;
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  if (!options.trustProxy) return false;
  const forwarded = req.headers["x-forwarded-proto"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",", 1)[0]?.trim().toLowerCase();
  return first === "https";
}

/** Adds "; Secure" to each Set-Cookie value that lacks it. */
export function secureCookies(value: string | string[] | number | undefined): string | string[] | number | undefined {
  const add = (cookie: string) => (/;\s*secure\s*(;|$)/i.test(cookie) ? cookie : `${cookie}; Secure`);
  if (typeof value === "string") return add(value);
  if (Array.isArray(value)) return value.map(add);
  return value;
}

/** Sets the headers on `res` and the nonce on `req` (for Next.js); returns the nonce. */
export function applySecurityHeaders(req: http.IncomingMessage, res: http.ServerResponse, options: SecurityOptions): string {
  const https = cameOverHttps(req, options);
  const nonce = randomBytes(16).toString("base64");
  const policy = contentSecurityPolicy(nonce, { host: req.headers.host, https, dev: options.dev, signInOrigin: options.signInOrigin });
  req.headers["content-security-policy"] = policy;
  req.headers["x-nonce"] = nonce;
  res.setHeader("Content-Security-Policy", policy);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
  if (https) {
    res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    // Cookies set by any part of the app (next-auth, the participant cookie, the OIDC flow)
    // get Secure at the moment the head is written, whoever set them.
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
    res.writeHead = ((...args: unknown[]) => {
      const cookies = res.getHeader("set-cookie");
      if (cookies !== undefined) res.setHeader("set-cookie", secureCookies(cookies) as string | string[]);
      return writeHead(...args);
    }) as typeof res.writeHead;
  }
  return nonce;
}
