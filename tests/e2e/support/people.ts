// The people of a workshop, acting through the real pages: a facilitator who signs up and
// creates a workshop with the forms, participants who join with the code on the join page.
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

export const password = "et langt og trygt passord";

export type Locale = "nb" | "en";

export async function newContext(browser: Browser, baseURL: string, options: { locale?: Locale; viewport?: { width: number; height: number }; reducedMotion?: "reduce" | "no-preference" } = {}) {
  // The browser's own locale too (date inputs, number formats), not only Samla's cookie.
  const context = await browser.newContext({
    baseURL,
    locale: options.locale === "en" ? "en-GB" : "nb-NO",
    timezoneId: "Europe/Oslo",
    viewport: options.viewport ?? { width: 1280, height: 720 },
    reducedMotion: options.reducedMotion,
  });
  if (options.locale) await context.addCookies([{ name: "samla_locale", value: options.locale, url: baseURL }]);
  return context;
}

/**
 * Waits until React has hydrated the element (its DOM node carries React's fiber key). A click
 * before that submits the form natively and reloads the page, losing what was typed.
 */
export async function hydrated(page: Page, selector = "form") {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return el !== null && Object.keys(el).some((k) => k.startsWith("__reactFiber") || k.startsWith("__reactProps"));
  }, selector);
}

/** Signs up through the form (the first account on a fresh server is the administrator). */
export async function signUpWithForm(page: Page, who: { name: string; email: string }) {
  // Wait for hydration: a click before it would submit the form natively.
  await page.goto("/signup");
  await hydrated(page, "main form");
  await page.getByLabel(/^(Navn|Name)$/).fill(who.name);
  await page.getByLabel(/^(E-post|Email)$/).fill(who.email);
  await page.getByLabel(/^(Passord|Password)$/).fill(password);
  await page.getByRole("button", { name: /^(Opprett konto|Create account)$/ }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** Signs up over the API and signs in over next-auth's endpoints: for specs that test other things. */
export async function signUpQuickly(page: Page, who: { name: string; email: string }) {
  const signup = await page.request.post("/api/account/signup", { data: { ...who, password } });
  expect(signup.status()).toBe(201);
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await page.request.post("/api/auth/callback/credentials", { form: { csrfToken, email: who.email, password, json: "true" } });
}

export interface CreatedWorkshop {
  id: string;
  joinCode: string;
}

/** Creates a search conference over the API (specs that are not about the create form). */
export async function createWorkshopQuickly(page: Page, title: string, organisations: string[], language: Locale = "nb"): Promise<CreatedWorkshop> {
  const created = await page.request.post("/api/workshops", {
    data: { title, language, method: "searchConference", organisations: organisations.map((name) => ({ name })) },
  });
  expect(created.status()).toBe(201);
  const { workshop } = (await created.json()) as { workshop: { id: string; joinCode: string } };
  return { id: workshop.id, joinCode: workshop.joinCode };
}

/** Joins through the join page with the code, the way a participant does (nb or en UI). */
export async function joinWithCode(context: BrowserContext, joinCode: string, who: { name: string; organisation: string }, locale: Locale = "nb"): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`/join/${joinCode}`);
  await hydrated(page, "main form");
  await page.getByLabel(locale === "nb" ? "Navnet ditt" : "Your name").fill(who.name);
  await page.getByLabel(locale === "nb" ? "Organisasjon" : "Organisation").selectOption({ label: who.organisation });
  await page.getByRole("button", { name: locale === "nb" ? "Bli med" : "Join" }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+$/);
  await expect(page.getByText(locale === "nb" ? "Tilkoblet" : "Connected")).toBeVisible();
  return page;
}

/** Joins over the API (same cookie as the form) for specs that only need a seated participant. */
export async function joinQuickly(page: Page, joinCode: string, who: { name: string; organisation: string }) {
  const joined = await page.request.post("/api/join", { data: { code: joinCode, displayName: who.name, organisation: who.organisation } });
  expect(joined.status(), await joined.text()).toBe(201);
  return (await joined.json()) as unknown;
}

/** Waits until the board in the page is connected and drawn. */
export async function boardReady(page: Page) {
  await expect(page.locator("[data-board-ready=true]")).toBeVisible();
}
