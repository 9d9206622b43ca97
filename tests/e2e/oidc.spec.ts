// Sign-in with the municipality's identity provider in real Chromium, against a real OpenID
// provider (node-oidc-provider, tests/helpers/oidcProvider.ts) on a free loopback port: a
// facilitator signs in, creates a workshop and signs out (of Samla and of the provider); people
// from a tenant or domain that is not allowed are refused with the reason in their language;
// a tampered ID token, a wrong nonce, an expired token, a provider with a wrong clock and a
// provider that is down are refused; a rotated signing key keeps sign-in working.
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { createDb, type Db } from "../../server/platform/db/client";
import { startOidcProvider, type TestOidcProvider, type TestPerson } from "../helpers/oidcProvider";
import { freePort, startServer, type RunningServer } from "../helpers/server";
import { expectNoSeriousViolations } from "./support/axe";
import { shoot } from "./support/screens";

const tenant = "7a1c5f0e-vestby";
const people: Record<string, TestPerson> = {
  kari: { password: "kari-passord", claims: { email: "kari.nordmann@vestby.kommune.no", email_verified: true, name: "Kari Nordmann", tid: tenant, groups: ["samla-brukere"] } },
  nils: { password: "nils-passord", claims: { email: "nils@nabo.kommune.no", email_verified: true, name: "Nils Nabo", tid: "3d9e-nabokommune", groups: ["samla-brukere"] } },
  dag: { password: "dag-passord", claims: { email: "dag@gmail.example", email_verified: true, name: "Dag Privat", tid: tenant, groups: ["samla-brukere"] } },
};
const providerName = "Vestby IdP";

let provider: TestOidcProvider;
let server: RunningServer;
let db: Db;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const port = await freePort();
  provider = await startOidcProvider({ people, name: providerName, redirectUris: [`http://127.0.0.1:${port}/api/auth/callback/oidc`], postLogoutRedirectUris: [`http://127.0.0.1:${port}/signed-out`] });
  server = await startServer({
    port,
    env: {
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_NAME: providerName,
      OIDC_ALLOWED_TENANTS: tenant,
      OIDC_ALLOWED_EMAIL_DOMAINS: "vestby.kommune.no",
    },
  });
  db = createDb(server.databaseUrl);
});

test.afterEach(() => {
  provider.fault = null;
});

test.afterAll(async () => {
  await db?.$disconnect().catch(() => undefined);
  await server?.stop();
  await provider?.stop();
});

async function newContext(browser: import("@playwright/test").Browser, locale: "nb" | "en" = "nb"): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: server.url, locale: locale === "nb" ? "nb-NO" : "en-GB" });
  await context.addCookies([{ name: "samla_locale", value: locale, url: server.url }]);
  return context;
}

/** At the provider's own login page: type the person's user name and password. */
async function loginAtProvider(page: Page, username: keyof typeof people) {
  await expect(page.getByRole("heading", { name: `Sign in to ${providerName}` })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(provider.issuer);
  await page.getByLabel("User name").fill(username);
  await page.getByLabel("Password").fill(people[username].password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** From Samla's sign-in page through the provider and back. */
async function signIn(page: Page, username: keyof typeof people, locale: "nb" | "en" = "nb") {
  await page.goto("/signin");
  await page.getByRole("link", { name: locale === "nb" ? `Logg inn med ${providerName}` : `Sign in with ${providerName}` }).click();
  await loginAtProvider(page, username);
}

/** Our alerts, not Next's route announcer (which also has role=alert). */
const alert = (page: Page) => page.locator("[role=alert]:not(#__next-route-announcer__)");

async function expectSignedOut(page: Page) {
  const session = await page.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
}

test("a facilitator signs in with the provider, creates a workshop and signs out of Samla and the provider", async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto("/signin");
  await expect(page.getByRole("link", { name: `Logg inn med ${providerName}` })).toBeVisible();
  await expect(page.getByText("eller med e-post og passord")).toBeVisible();
  await expectNoSeriousViolations(page, "sign-in page with the provider");
  await shoot(page, "oidc-signin-nb", { fullPage: true });

  await page.getByRole("link", { name: `Logg inn med ${providerName}` }).click();
  await loginAtProvider(page, "kari");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText("Innlogget som Kari Nordmann")).toBeVisible();
  // The first account of an empty Samla: administrator.
  await expect(page.getByRole("link", { name: "Administrasjon" })).toBeVisible();
  expect(provider.lastIdToken()?.claims).toMatchObject({ email: "kari.nordmann@vestby.kommune.no", tid: tenant });

  await page.getByRole("link", { name: "Ny samling" }).click();
  await page.getByLabel("Tittel").fill("Folkehelse i Vestby");
  await page.getByRole("radio", { name: /Søkekonferanse/ }).check();
  await page.getByRole("button", { name: "Opprett samlingen" }).click();
  await expect(page.getByRole("heading", { name: "Folkehelse i Vestby", level: 1 })).toBeVisible();
  const kari = await db.user.findUniqueOrThrow({ where: { email: "kari.nordmann@vestby.kommune.no" } });
  expect(kari.role).toBe("admin");
  expect(await db.workshop.count({ where: { ownerId: kari.id, title: "Folkehelse i Vestby" } })).toBe(1);

  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/signed-out\?from=oidc$/);
  await expect(page.getByRole("heading", { name: "Du er logget ut" })).toBeVisible();
  await expect(page.getByText(`Du er fortsatt logget inn hos ${providerName} i denne nettleseren.`, { exact: false })).toBeVisible();
  await expectSignedOut(page);
  await expectNoSeriousViolations(page, "signed-out page");
  await shoot(page, "oidc-signed-out-nb", { fullPage: true });

  // Samla's session is over: its pages send us to sign in.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin/);
  // Until the provider's session ends too, "sign in" goes straight through without a password.
  await page.goto("/signed-out?from=oidc");
  await page.getByRole("link", { name: `Logg ut av ${providerName} også` }).click();
  expect(new URL(page.url()).origin).toBe(provider.issuer);
  await page.getByRole("button", { name: "Yes, sign me out" }).click();
  await expect(page).toHaveURL(/\/signed-out\?state=provider$/);
  await expect(page.getByRole("status")).toHaveText(`Du er også logget ut av ${providerName}.`);

  // The provider asks for the password again: its session has ended as well.
  await page.goto("/signin");
  await page.getByRole("link", { name: `Logg inn med ${providerName}` }).click();
  await loginAtProvider(page, "kari");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("link", { name: "Folkehelse i Vestby" })).toBeVisible();
  await context.close();
});

test("a person from another tenant or another e-mail domain is refused with the reason, in Norwegian and in English", async ({ browser }) => {
  const nb = await newContext(browser, "nb");
  const page = await nb.newPage();
  await signIn(page, "nils");
  await expect(page).toHaveURL(/\/signin\?error=oidc\.wrongTenant/);
  await expect(alert(page)).toHaveText("Organisasjonen du logget inn med, har ikke tilgang til Samla her. Logg inn med kontoen fra din egen kommune, eller spør en administrator.");
  await expectSignedOut(page);
  await shoot(page, "oidc-refused-tenant-nb", { fullPage: true });
  await nb.close();

  const en = await newContext(browser, "en");
  const enPage = await en.newPage();
  await signIn(enPage, "dag", "en");
  await expect(alert(enPage)).toHaveText("Only addresses ending in @vestby.kommune.no may sign in here. You signed in as dag@gmail.example.");
  await expectSignedOut(enPage);
  await expectNoSeriousViolations(enPage, "sign-in page with a refusal");
  await shoot(enPage, "oidc-refused-domain-en", { fullPage: true });
  await en.close();
  expect(await db.user.count({ where: { email: { in: ["nils@nabo.kommune.no", "dag@gmail.example"] } } })).toBe(0);
});

test("a tampered ID token, an expired one and one from a provider whose clock is ahead are refused", async ({ browser }) => {
  const cases = [
    { fault: "tampered", text: `Svaret fra ${providerName} besto ikke sikkerhetskontrollen og ble avvist. Prøv igjen.` },
    { fault: "expired", text: `Innloggingen fra ${providerName} var allerede utløpt da den kom fram. Prøv igjen. Skjer det hver gang, går en klokke feil.` },
    { fault: "clockAhead", text: `Klokken på Samla-serveren og hos ${providerName} er ulik med omtrent 10 minutter, så innloggingen kan ikke stoles på. Be den som drifter Samla, sjekke klokken på serveren.` },
  ] as const;
  for (const { fault, text } of cases) {
    const context = await newContext(browser);
    const page = await context.newPage();
    provider.fault = fault;
    await signIn(page, "kari");
    await expect(page).toHaveURL(/\/signin\?error=oidc\./);
    await expect(alert(page)).toHaveText(text);
    await expectSignedOut(page);
    if (fault === "tampered") expect(provider.lastIdToken()?.claims.email).toBe("admin@vestby.kommune.no");
    await context.close();
  }
  provider.fault = null;
  // The same person signs in fine once the token is whole again.
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, "kari");
  await expect(page).toHaveURL(/\/dashboard$/);
  await context.close();
});

test("an authorisation request whose nonce was changed on the way is refused", async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  // Start the sign-in as the link does, but change the nonce in the address the browser is
  // sent to: the provider then signs a token for a nonce this browser never asked for.
  const start = await page.request.get("/api/auth/signin/oidc?callbackUrl=/dashboard", { maxRedirects: 0 });
  expect(start.status()).toBe(302);
  const authorise = new URL(start.headers().location);
  expect(authorise.origin).toBe(provider.issuer);
  expect(authorise.searchParams.get("code_challenge_method")).toBe("S256");
  const original = authorise.searchParams.get("nonce")!;
  authorise.searchParams.set("nonce", `${original.slice(0, -4)}XXXX`);
  await page.goto(authorise.toString());
  await loginAtProvider(page, "kari");
  await expect(page).toHaveURL(/\/signin\?error=oidc\.tokenInvalid/);
  await expect(alert(page)).toHaveText(`Svaret fra ${providerName} besto ikke sikkerhetskontrollen og ble avvist. Prøv igjen.`);
  expect(provider.lastIdToken()?.claims.nonce).toBe(`${original.slice(0, -4)}XXXX`);
  await expectSignedOut(page);
  await context.close();
});

test("a provider that is down gives a clear message, and sign-in works again when it is back", async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await provider.stop();
  try {
    await page.goto("/signin");
    await page.getByRole("link", { name: `Logg inn med ${providerName}` }).click();
    await expect(page).toHaveURL(/\/signin\?error=oidc\.providerUnavailable/);
    await expect(alert(page)).toHaveText(`Fikk ikke kontakt med ${providerName}. Prøv igjen om noen minutter. Varer det, si fra til IT-avdelingen.`);
  } finally {
    await provider.start();
  }
  await signIn(page, "kari");
  await expect(page).toHaveURL(/\/dashboard$/);
  await context.close();
});

test("after the provider rotates its signing key, sign-in keeps working with the new key", async ({ browser }) => {
  const before = await newContext(browser);
  const first = await before.newPage();
  await signIn(first, "kari");
  await expect(first).toHaveURL(/\/dashboard$/);
  const oldKid = provider.signingKid();
  expect(provider.lastIdToken()?.header.kid).toBe(oldKid);
  await before.close();

  await provider.rotateSigningKey();
  expect(provider.signingKid()).not.toBe(oldKid);

  const after = await newContext(browser);
  const page = await after.newPage();
  await signIn(page, "kari");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText("Innlogget som Kari Nordmann")).toBeVisible();
  expect(provider.lastIdToken()?.header.kid).toBe(provider.signingKid());
  await after.close();
});

test("an administrator lets another domain in on /admin, and the environment's rule applies again after a reset", async ({ browser }) => {
  const adminContext = await newContext(browser);
  const admin = await adminContext.newPage();
  await signIn(admin, "kari");
  await admin.goto("/admin");
  const section = admin.getByRole("region", { name: `Innlogging med ${providerName}` });
  await expect(section.getByText("Verdiene kommer fra miljøvariablene")).toBeVisible();
  const domains = section.getByLabel("Tillatte e-postdomener");
  await expect(domains).toHaveValue("vestby.kommune.no");
  await expect(section.getByLabel("Tillatte tenanter (tenant-ID i Entra ID)")).toHaveValue(tenant);
  await domains.fill("vestby.kommune.no, ikke et domene");
  await section.getByRole("button", { name: "Lagre tilgangsreglene" }).click();
  await expect(section.getByText("Skriv domener slik: vestby.kommune.no.")).toBeVisible();
  await domains.fill("vestby.kommune.no, gmail.example");
  await section.getByRole("button", { name: "Lagre tilgangsreglene" }).click();
  await expect(section.getByRole("status")).toHaveText("Tilgangsreglene er lagret.");
  await expect(section.getByText("En administrator har lagret disse verdiene.")).toBeVisible();
  await expectNoSeriousViolations(admin, "admin page with the provider's entry rules");
  await shoot(admin, "oidc-admin-rules-nb", { fullPage: true });

  const dagContext = await newContext(browser);
  const dag = await dagContext.newPage();
  await signIn(dag, "dag");
  await expect(dag).toHaveURL(/\/dashboard$/);
  await expect(dag.getByText("Innlogget som Dag Privat")).toBeVisible();
  await dagContext.close();

  await section.getByRole("button", { name: "Bruk miljøvariablene igjen" }).click();
  await expect(section.getByRole("status")).toHaveText("Tilgangsreglene følger miljøvariablene igjen.");
  await expect(domains).toHaveValue("vestby.kommune.no");
  // The rules apply to people who already have an account too.
  const again = await newContext(browser);
  const dagAgain = await again.newPage();
  await signIn(dagAgain, "dag");
  await expect(alert(dagAgain)).toHaveText("Bare adresser som slutter på @vestby.kommune.no, kan logge inn her. Du logget inn som dag@gmail.example.");
  await again.close();
  await adminContext.close();
});
