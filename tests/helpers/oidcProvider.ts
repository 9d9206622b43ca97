// A real OpenID Connect provider for tests: node-oidc-provider (an OpenID-certified
// implementation) on a free loopback port, with a handful of people who can sign in at its own
// login page. Samla talks to it exactly as to Entra ID: discovery, authorisation code with
// PKCE, token endpoint, JWKS, end-session.
//
// Two things a real provider does not do on request are added around it, for the tests of
// Samla's refusals: `rotateSigningKey()` restarts the provider with a new signing key (as a
// provider does when it rolls its keys), and `fault` alters the ID token in the token
// endpoint's answer on its way out (a man in the middle or a provider with a wrong clock).
import { createPrivateKey, generateKeyPairSync, randomBytes, sign, type JsonWebKey } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import { freePort } from "./server";

export interface TestPerson {
  password: string;
  claims: { email?: string; email_verified?: boolean; name: string; tid?: string; groups?: string[] };
}

export type IdTokenFault =
  /** A claim changed after signing: the signature no longer matches. */
  | "tampered"
  /** Re-signed with the provider's key, but already expired. */
  | "expired"
  /** Re-signed with the provider's key, issued ten minutes "in the future" (the provider's clock is ahead). */
  | "clockAhead";

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The `kid` of the key the provider signs with now. */
  signingKid(): string;
  /** The header and claims of the last ID token the token endpoint sent. */
  lastIdToken(): { header: Record<string, unknown>; claims: Record<string, unknown> } | null;
  /** Alters the next ID tokens until set back to null. */
  fault: IdTokenFault | null;
  /** Restarts with a new signing key first in the key set; the old one stays published for verification. */
  rotateSigningKey(): Promise<void>;
  /** Stops answering (the provider is down); start() brings it back on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

interface SigningKey {
  jwk: JsonWebKey & { kid: string; alg: string; use: string };
}

function newSigningKey(): SigningKey {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { jwk: { ...privateKey.export({ format: "jwk" }), kid: `key-${randomBytes(6).toString("hex")}`, alg: "RS256", use: "sig" } };
}

const b64url = (value: Buffer | string) => Buffer.from(value).toString("base64url");
const parsePart = (part: string) => JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as Record<string, unknown>;

function alterIdToken(idToken: string, fault: IdTokenFault, key: SigningKey): string {
  const [headerPart, payloadPart, signature] = idToken.split(".");
  const claims = parsePart(payloadPart);
  if (fault === "tampered") {
    // Someone makes themselves another person: the signature stays the provider's original.
    return [headerPart, b64url(JSON.stringify({ ...claims, email: "admin@vestby.kommune.no", name: "Innbrudd" })), signature].join(".");
  }
  const now = Math.floor(Date.now() / 1000);
  const changed = fault === "expired" ? { ...claims, iat: now - 7200, exp: now - 3600 } : { ...claims, iat: now + 600, exp: now + 4200 };
  const signingInput = `${headerPart}.${b64url(JSON.stringify(changed))}`;
  const signed = sign("sha256", Buffer.from(signingInput), createPrivateKey({ key: key.jwk, format: "jwk" }));
  return `${signingInput}.${b64url(signed)}`;
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startOidcProvider(options: { people: Record<string, TestPerson>; redirectUris: string[]; postLogoutRedirectUris: string[]; name?: string }): Promise<TestOidcProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = "samla-test";
  const clientSecret = randomBytes(24).toString("base64url");
  const cookieKeys = [randomBytes(32).toString("base64url")];
  let keys: SigningKey[] = [newSigningKey()];
  let last: { header: Record<string, unknown>; claims: Record<string, unknown> } | null = null;
  let server: http.Server | null = null;
  const providerName = options.name ?? "Vestby IdP";

  const control: TestOidcProvider = {
    issuer,
    clientId,
    clientSecret,
    fault: null,
    signingKid: () => keys[0].jwk.kid,
    lastIdToken: () => last,
    async rotateSigningKey() {
      keys = [newSigningKey(), keys[0]];
      await control.stop();
      await control.start();
    },
    async stop() {
      const running = server;
      server = null;
      if (!running) return;
      running.closeAllConnections();
      await new Promise<void>((resolve) => running.close(() => resolve()));
    },
    async start() {
      const provider = buildProvider();
      const handler = provider.callback();
      server = http.createServer((req, res) => {
        const url = new URL(req.url ?? "/", issuer);
        if (url.pathname.startsWith("/interaction/")) void interaction(provider, req, res, url).catch((error: Error) => {
          res.statusCode = 500;
          res.end(error.message);
        });
        else handler(req, res);
      });
      await new Promise<void>((resolve, reject) => {
        server!.once("error", reject);
        server!.listen(port, "127.0.0.1", () => resolve());
      });
      if ((server.address() as AddressInfo).port !== port) throw new Error("provider did not get its port back");
    },
  };

  function buildProvider(): Provider {
    const configuration: Configuration = {
      clients: [
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: options.redirectUris,
          post_logout_redirect_uris: options.postLogoutRedirectUris,
          response_types: ["code"],
          grant_types: ["authorization_code"],
        },
      ],
      jwks: { keys: keys.map((k) => k.jwk) } as Configuration["jwks"],
      cookies: { keys: cookieKeys },
      // Like Entra ID: the profile claims and tid/groups come in the ID token itself.
      conformIdTokenClaims: false,
      claims: { openid: ["sub", "tid", "groups"], email: ["email", "email_verified"], profile: ["name"] },
      // Samla must send PKCE even though it is a confidential client.
      pkce: { required: () => true },
      features: {
        devInteractions: { enabled: false },
        rpInitiatedLogout: {
          enabled: true,
          logoutSource: (ctx, form) => {
            ctx.body = page(`Sign out of ${providerName}?`, `${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">Yes, sign me out</button>`);
          },
          postLogoutSuccessSource: (ctx) => {
            ctx.body = page(`Signed out of ${providerName}`, "<p>You are signed out.</p>");
          },
        },
      },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      // Samla is this provider's own application: no consent screen, as with a first-party app in Entra ID.
      async loadExistingGrant(ctx: KoaContextWithOIDC) {
        const existing = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session?.grantIdFor(ctx.oidc.client!.clientId);
        if (existing) return ctx.oidc.provider.Grant.find(existing);
        const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
        grant.addOIDCScope(String(ctx.oidc.params?.scope ?? "openid"));
        await grant.save();
        return grant;
      },
      async findAccount(_ctx, sub) {
        const person = options.people[sub];
        if (!person) return undefined;
        return { accountId: sub, claims: () => ({ sub, ...person.claims }) };
      },
      renderError: (ctx, out) => {
        ctx.type = "html";
        ctx.body = page("Sign-in error", `<pre>${escape(JSON.stringify(out))}</pre>`);
      },
      ttl: { IdToken: 3600, AccessToken: 3600, AuthorizationCode: 120, Session: 3600, Interaction: 600, Grant: 3600 },
    };
    const provider = new Provider(issuer, configuration);
    provider.use(async (ctx, next) => {
      await next();
      const body = ctx.body as { id_token?: string } | undefined;
      if (ctx.oidc?.route !== "token" || !body?.id_token) return;
      if (control.fault) body.id_token = alterIdToken(body.id_token, control.fault, keys[0]);
      const [header, payload] = body.id_token.split(".");
      last = { header: parsePart(header), claims: parsePart(payload) };
    });
    return provider;
  }

  /** The provider's own sign-in page: user name and password of one of the test people. */
  async function interaction(provider: Provider, req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    const details = await provider.interactionDetails(req, res);
    if (req.method === "POST") {
      const form = new URLSearchParams(await new Promise<string>((resolve) => {
        let body = "";
        req.on("data", (chunk) => (body += chunk));
        req.on("end", () => resolve(body));
      }));
      const login = form.get("username") ?? "";
      const person = options.people[login];
      if (!person || person.password !== form.get("password")) {
        res.setHeader("content-type", "text/html; charset=utf-8");
        res.end(page(`Sign in to ${providerName}`, `<p role="alert">Wrong user name or password.</p>${loginForm(url.pathname)}`));
        return;
      }
      await provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
      return;
    }
    if (details.prompt.name === "consent") {
      // loadExistingGrant granted it; finishing the prompt goes straight back to the client.
      await provider.interactionFinished(req, res, { consent: {} }, { mergeWithLastSubmission: true });
      return;
    }
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end(page(`Sign in to ${providerName}`, loginForm(url.pathname)));
  }

  function loginForm(action: string): string {
    return `<form method="post" action="${escape(action)}"><label>User name <input name="username" autocomplete="username" required></label> <label>Password <input name="password" type="password" autocomplete="current-password" required></label> <button type="submit">Sign in</button></form>`;
  }

  await control.start();
  return control;
}
