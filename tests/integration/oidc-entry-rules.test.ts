// Who may enter through the identity provider, against the real server and a real OpenID
// provider (node-oidc-provider on a free loopback port): the first account becomes admin,
// allow-lists for tenants, e-mail domains and groups, roles from an admin group, linking a
// password account only when allowed, the admin's saved rules over the environment's, and the
// callback's own checks (state, a flow used once).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/server/platform/db/client";
import { signIn as signInWithPassword, signUpAndIn } from "../helpers/auth";
import { startOidcProvider, type TestOidcProvider, type TestPerson } from "../helpers/oidcProvider";
import { signInWithProvider } from "../helpers/oidcSignIn";
import { freePort, startServer, type RunningServer } from "../helpers/server";

const tenant = "7a1c5f0e-vestby";
const people: Record<string, TestPerson> = {
  ingrid: { password: "ingrid-pw", claims: { email: "ingrid@vestby.kommune.no", email_verified: true, name: "Ingrid Vestby", tid: tenant, groups: ["samla-brukere"] } },
  per: { password: "per-pw", claims: { email: "per@vestby.kommune.no", email_verified: true, name: "Per Prosess", tid: tenant, groups: ["samla-brukere", "samla-admin"] } },
  olga: { password: "olga-pw", claims: { email: "olga@vestby.kommune.no", email_verified: true, name: "Olga Utenfor", tid: tenant, groups: [] } },
  nils: { password: "nils-pw", claims: { email: "nils@nabo.kommune.no", email_verified: true, name: "Nils Nabo", tid: "other-tenant", groups: ["samla-brukere"] } },
  dag: { password: "dag-pw", claims: { email: "dag@annet.no", email_verified: true, name: "Dag Domene", tid: tenant, groups: ["samla-brukere"] } },
  una: { password: "una-pw", claims: { email: "una@vestby.kommune.no", email_verified: false, name: "Una Ubekreftet", tid: tenant, groups: ["samla-brukere"] } },
  ada: { password: "ada-pw", claims: { email: "ada@vestby.kommune.no", email_verified: true, name: "Ada Passord", tid: tenant, groups: ["samla-brukere"] } },
};

let provider: TestOidcProvider;
let port: number;
const servers: RunningServer[] = [];

beforeAll(async () => {
  // The provider must know Samla's redirect URI before Samla starts, so Samla's port is chosen first.
  port = await freePort();
  provider = await startOidcProvider({ people, redirectUris: [`http://127.0.0.1:${port}/api/auth/callback/oidc`], postLogoutRedirectUris: [`http://127.0.0.1:${port}/signed-out`] });
});

afterAll(async () => {
  for (const server of servers) await server.stop();
  await provider?.stop();
});

/** A fresh Samla (empty database) signed up with the test provider, on the port the provider knows. */
async function samla(env: Record<string, string> = {}): Promise<{ server: RunningServer; db: Db; stop: () => Promise<void> }> {
  const server = await startServer({ port, env: { OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: provider.clientId, OIDC_CLIENT_SECRET: provider.clientSecret, OIDC_NAME: "Vestby IdP", ...env } });
  servers.push(server);
  const db = createDb(server.databaseUrl);
  return {
    server,
    db,
    async stop() {
      await db.$disconnect();
      await server.stop();
      servers.splice(servers.indexOf(server), 1);
    },
  };
}

const login = (name: keyof typeof people) => ({ username: name, password: people[name].password });

async function me(server: RunningServer, cookieHeader: string | null) {
  const res = await fetch(`${server.url}/api/auth/session`, { headers: { cookie: cookieHeader ?? "" } });
  return ((await res.json()) as { user?: { email?: string } }).user ?? null;
}

describe("first account and open entry", () => {
  it("makes the first OIDC user of an empty Samla admin, and the next one a facilitator only when sign-up allows it", async () => {
    const { server, db, stop } = await samla();
    try {
      const first = await signInWithProvider(server.url, login("ingrid"));
      expect(first.refusal).toBeNull();
      expect(first.finalUrl.pathname).toBe("/dashboard");
      expect(await me(server, first.cookieHeader)).toMatchObject({ email: "ingrid@vestby.kommune.no" });
      const ingrid = await db.user.findUniqueOrThrow({ where: { email: "ingrid@vestby.kommune.no" } });
      expect(ingrid).toMatchObject({ role: "admin", name: "Ingrid Vestby", passwordHash: null, oidcSubject: `${provider.issuer} ingrid` });

      // No allow-list and sign-up closed: the provider's other users have no way in.
      const second = await signInWithProvider(server.url, login("per"));
      expect(second.refusal).toBe("noAccount");
      expect(second.cookieHeader).toBeNull();
      expect(await db.user.count()).toBe(1);

      // The dashboard is really reachable with the session (a page, not just the session API).
      const dashboard = await fetch(`${server.url}/dashboard`, { headers: { cookie: first.cookieHeader! }, redirect: "manual" });
      expect(dashboard.status).toBe(200);
      // Signing in again finds the same account.
      await signInWithProvider(server.url, login("ingrid"));
      expect(await db.user.count()).toBe(1);
    } finally {
      await stop();
    }
  });

  it("lets anyone from the provider in as facilitator when sign-up is open, on to the page they came for on this site", async () => {
    const { server, db, stop } = await samla({ SIGNUP_OPEN: "true" });
    try {
      const ingrid = await signInWithProvider(server.url, login("ingrid"), "/workshops/new");
      expect(ingrid.finalUrl.toString()).toBe(`${server.url}/workshops/new`);
      const per = await signInWithProvider(server.url, login("per"), "//evil.example/x");
      expect(per.refusal).toBeNull();
      expect(per.finalUrl.toString()).toBe(`${server.url}/dashboard`);
      expect((await db.user.findUniqueOrThrow({ where: { email: "per@vestby.kommune.no" } })).role).toBe("facilitator");
    } finally {
      await stop();
    }
  });
});

describe("allow-lists", () => {
  it("refuses another tenant, another domain, an unverified address and someone outside the required group, and lets the rest in", async () => {
    const { server, db, stop } = await samla({ OIDC_ALLOWED_TENANTS: tenant, OIDC_ALLOWED_EMAIL_DOMAINS: "@vestby.kommune.no", OIDC_REQUIRED_GROUPS: "samla-brukere" });
    try {
      expect((await signInWithProvider(server.url, login("ingrid"))).refusal).toBeNull();
      expect((await signInWithProvider(server.url, login("nils"))).refusal).toBe("wrongTenant");
      const dag = await signInWithProvider(server.url, login("dag"));
      expect(dag.refusal).toBe("domainNotAllowed");
      expect(dag.finalUrl.searchParams.get("email")).toBe("dag@annet.no");
      expect(dag.finalUrl.searchParams.get("domains")).toBe("@vestby.kommune.no");
      expect((await signInWithProvider(server.url, login("una"))).refusal).toBe("emailNotVerified");
      expect((await signInWithProvider(server.url, login("olga"))).refusal).toBe("groupRequired");
      // With an allow-list set, the list (not open sign-up) decides: Per gets an account.
      expect((await signInWithProvider(server.url, login("per"))).refusal).toBeNull();
      expect((await db.user.findMany({ orderBy: { createdAt: "asc" } })).map((u) => u.email)).toEqual(["ingrid@vestby.kommune.no", "per@vestby.kommune.no"]);
    } finally {
      await stop();
    }
  });

  it("uses the rules an admin saved instead of the environment's", async () => {
    const { server, db, stop } = await samla({ OIDC_ALLOWED_EMAIL_DOMAINS: "vestby.kommune.no" });
    try {
      const admin = await signInWithProvider(server.url, login("ingrid"));
      expect((await signInWithProvider(server.url, login("dag"))).refusal).toBe("domainNotAllowed");
      const current = await fetch(`${server.url}/api/admin/oidc`, { headers: { cookie: admin.cookieHeader! } });
      expect(await current.json()).toMatchObject({ savedByAdmin: false, rules: { allowedEmailDomains: ["vestby.kommune.no"] } });

      const saved = await fetch(`${server.url}/api/admin/oidc`, {
        method: "PUT",
        headers: { cookie: admin.cookieHeader!, "content-type": "application/json" },
        body: JSON.stringify({ allowedTenants: [], allowedEmailDomains: ["vestby.kommune.no", "@Annet.no"], requiredGroups: [], adminGroups: [], linkAccounts: false }),
      });
      expect(saved.status).toBe(200);
      expect(await saved.json()).toMatchObject({ rules: { allowedEmailDomains: ["vestby.kommune.no", "annet.no"] } });
      expect((await signInWithProvider(server.url, login("dag"))).refusal).toBeNull();
      expect(await db.user.count({ where: { email: "dag@annet.no" } })).toBe(1);

      // Bad input is refused with the field that is wrong, and nothing changes.
      const bad = await fetch(`${server.url}/api/admin/oidc`, {
        method: "PUT",
        headers: { cookie: admin.cookieHeader!, "content-type": "application/json" },
        body: JSON.stringify({ allowedTenants: [], allowedEmailDomains: ["not a domain"], requiredGroups: [], adminGroups: [], linkAccounts: false }),
      });
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ error: "invalidInput", details: [{ path: "allowedEmailDomains.0", code: "domainInvalid" }] });

      // A facilitator may not change them.
      const dag = await signInWithProvider(server.url, login("dag"));
      const forbidden = await fetch(`${server.url}/api/admin/oidc`, { method: "PUT", headers: { cookie: dag.cookieHeader!, "content-type": "application/json" }, body: JSON.stringify({ allowedTenants: [], allowedEmailDomains: [], requiredGroups: [], adminGroups: [], linkAccounts: true }) });
      expect(forbidden.status).toBe(403);
    } finally {
      await stop();
    }
  });
});

describe("roles from claims", () => {
  it("makes members of the admin group administrators, and takes it away when they leave the group — but never from the last admin", async () => {
    const { server, db, stop } = await samla({ OIDC_ADMIN_GROUPS: "samla-admin", SIGNUP_OPEN: "true" });
    try {
      await signInWithProvider(server.url, login("ingrid")); // first: admin without the group
      await signInWithProvider(server.url, login("per"));
      await signInWithProvider(server.url, login("olga"));
      const role = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).role;
      expect(await role("per@vestby.kommune.no")).toBe("admin");
      expect(await role("olga@vestby.kommune.no")).toBe("facilitator");

      // Ingrid is not in the admin group: her next sign-in makes her a facilitator, since Per is admin too.
      await signInWithProvider(server.url, login("ingrid"));
      expect(await role("ingrid@vestby.kommune.no")).toBe("facilitator");

      // Per leaves the group at the provider; he is the last admin, so Samla keeps him admin.
      people.per.claims.groups = ["samla-brukere"];
      try {
        await signInWithProvider(server.url, login("per"));
        expect(await role("per@vestby.kommune.no")).toBe("admin");
      } finally {
        people.per.claims.groups = ["samla-brukere", "samla-admin"];
      }
    } finally {
      await stop();
    }
  });
});

describe("linking a password account", () => {
  it("refuses to take over a password account with the same e-mail while linking is not allowed", async () => {
    const { server, db, stop } = await samla({ SIGNUP_OPEN: "true" });
    try {
      await signUpAndIn(server.url, { name: "Ada Passord", email: "ada@vestby.kommune.no", password: "et langt passord her" });
      const refused = await signInWithProvider(server.url, login("ada"));
      expect(refused.refusal).toBe("accountExists");
      expect((await db.user.findUniqueOrThrow({ where: { email: "ada@vestby.kommune.no" } })).oidcSubject).toBeNull();
    } finally {
      await stop();
    }
  });

  it("links when the admin allows it and the e-mail is verified; the password keeps working; an unverified address never links", async () => {
    const { server, db, stop } = await samla({ SIGNUP_OPEN: "true", OIDC_LINK_ACCOUNTS: "true" });
    try {
      await signUpAndIn(server.url, { name: "Ada Passord", email: "ada@vestby.kommune.no", password: "et langt passord her" });
      const ada = await db.user.findUniqueOrThrow({ where: { email: "ada@vestby.kommune.no" } });
      const linked = await signInWithProvider(server.url, login("ada"));
      expect(linked.refusal).toBeNull();
      const after = await db.user.findUniqueOrThrow({ where: { email: "ada@vestby.kommune.no" } });
      expect(after).toMatchObject({ id: ada.id, role: ada.role, oidcSubject: `${provider.issuer} ada` });
      expect(await db.user.count()).toBe(1);
      expect("error" in (await signInWithPassword(server.url, "ada@vestby.kommune.no", "et langt passord her"))).toBe(false);

      await signUpAndIn(server.url, { name: "Una", email: "una@vestby.kommune.no", password: "et annet langt passord" });
      expect((await signInWithProvider(server.url, login("una"))).refusal).toBe("accountExists");
    } finally {
      await stop();
    }
  });
});

describe("password sign-in switched off", () => {
  it("refuses password sign-in and sign-up while the provider still lets people in", async () => {
    const { server, db, stop } = await samla({ PASSWORD_SIGNIN: "false" });
    try {
      expect((await signInWithProvider(server.url, login("ingrid"))).refusal).toBeNull();
      const signup = await fetch(`${server.url}/api/account/signup`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "X", email: "x@vestby.kommune.no", password: "et langt passord her" }) });
      expect(signup.status).toBe(403);
      expect(await signup.json()).toEqual({ error: "passwordSigninOff" });
      // Even an account that has a password cannot use it.
      await db.user.create({ data: { email: "gammel@vestby.kommune.no", name: "Gammel", passwordHash: "scrypt$irrelevant" } });
      expect(await signInWithPassword(server.url, "gammel@vestby.kommune.no", "hva som helst")).toEqual({ error: "passwordSigninOff" });
      // The pages show only the provider's way in.
      const signin = await (await fetch(`${server.url}/signin`)).text();
      expect(signin).toContain("Logg inn med Vestby IdP");
      expect(signin).not.toContain('type="password"');
      const signupPage = await (await fetch(`${server.url}/signup`)).text();
      expect(signupPage).toContain("Kontoer opprettes ved første innlogging med Vestby IdP.");
      expect(signupPage).not.toContain('type="password"');
    } finally {
      await stop();
    }
  });
});

describe("the callback", () => {
  it("refuses an answer with another state or without this browser's flow, passes on the provider's no, and clears the flow after any answer", async () => {
    const { server, stop } = await samla();
    try {
      const start = await fetch(`${server.url}/api/auth/signin/oidc?callbackUrl=/dashboard`, { redirect: "manual" });
      expect(start.status).toBe(302);
      const authorise = new URL(start.headers.get("location")!);
      expect(authorise.origin).toBe(provider.issuer);
      expect(Object.fromEntries(authorise.searchParams)).toMatchObject({ response_type: "code", code_challenge_method: "S256", scope: "openid email profile", client_id: provider.clientId });
      const flowCookie = start.headers.getSetCookie().find((c) => c.startsWith("samla.oidc-flow="))!;
      expect(flowCookie).toMatch(/Path=\/api\/auth\/callback\/oidc; HttpOnly; SameSite=Lax; Max-Age=900/);
      const cookie = flowCookie.split(";")[0];

      const callback = (query: string, cookieHeader?: string) => fetch(`${server.url}/api/auth/callback/oidc?${query}`, { redirect: "manual", headers: cookieHeader ? { cookie: cookieHeader } : {} });
      const refusalOf = (res: Response) => new URL(res.headers.get("location")!).searchParams.get("error");
      expect(refusalOf(await callback(`code=abc&state=not-the-one&iss=${encodeURIComponent(provider.issuer)}`, cookie))).toBe("oidc.stateMismatch");
      expect(refusalOf(await callback(`code=abc&state=${authorise.searchParams.get("state")}`))).toBe("oidc.flowExpired");
      // The provider said no (the person pressed cancel there).
      const denied = await callback(`error=access_denied&state=${authorise.searchParams.get("state")}&iss=${encodeURIComponent(provider.issuer)}`, cookie);
      expect(refusalOf(denied)).toBe("oidc.providerRefused");
      expect(new URL(denied.headers.get("location")!).searchParams.get("providerError")).toBe("access_denied");
      // Every answer clears the flow: it cannot be replayed.
      expect(denied.headers.getSetCookie().some((c) => /^samla\.oidc-flow=;.*Max-Age=0/.test(c))).toBe(true);

      // The flow cookie is encrypted with a key of its own: it never passes for a session.
      const session = await fetch(`${server.url}/api/auth/session`, { headers: { cookie: `next-auth.session-token=${cookie.split("=")[1]}` } });
      expect(await session.json()).toEqual({});
    } finally {
      await stop();
    }
  });
});

describe("sessions that began at the provider", () => {
  it("end at sign-out, and an account an administrator disabled is refused at the provider's sign-in too", async () => {
    const { server, db, stop } = await samla({ SIGNUP_OPEN: "true" });
    try {
      const ingrid = await signInWithProvider(server.url, login("ingrid"));
      const per = await signInWithProvider(server.url, login("per"));
      expect(await me(server, per.cookieHeader)).toMatchObject({ email: "per@vestby.kommune.no" });
      const workshops = (who: string) => fetch(`${server.url}/api/workshops`, { headers: { cookie: who } }).then((res) => res.status);
      expect(await workshops(per.cookieHeader!)).toBe(200);

      const perId = (await db.user.findUniqueOrThrow({ where: { email: "per@vestby.kommune.no" } })).id;
      const disabled = await fetch(`${server.url}/api/admin/users/${perId}`, { method: "PATCH", headers: { cookie: ingrid.cookieHeader!, "content-type": "application/json" }, body: JSON.stringify({ disabled: true }) });
      expect(disabled.status).toBe(200);
      expect(await workshops(per.cookieHeader!)).toBe(401);
      expect(await me(server, per.cookieHeader)).toBeNull();
      const again = await signInWithProvider(server.url, login("per"));
      expect(again.refusal).toBe("accountDisabled");
      expect(again.cookieHeader).toBeNull();

      // Ingrid signs out: her provider-made session token stops working as well.
      const csrf = await fetch(`${server.url}/api/auth/csrf`, { headers: { cookie: ingrid.cookieHeader! } });
      const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const signOut = await fetch(`${server.url}/api/auth/signout`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: [ingrid.cookieHeader!, ...csrfCookie].join("; ") },
        body: new URLSearchParams({ csrfToken, json: "true" }),
      });
      expect(signOut.status).toBeLessThan(400);
      expect(await workshops(ingrid.cookieHeader!)).toBe(401);
    } finally {
      await stop();
    }
  });
});
