// One facilitator and three participants from different organisations, each in their own
// browser context, through a whole "start of the meeting": join by code, mixed tables, phase
// change, a timer every screen agrees on, locked boards, and the projector.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { testDb } from "./board-fixtures";

const password = "et langt og trygt passord";
const shots = process.env.ROOM_SCREENSHOTS;

interface Setup {
  facilitator: Page;
  workshopId: string;
  joinCode: string;
}

async function facilitatorWithWorkshop(browser: Browser, baseURL: string, email: string, viewport = { width: 1280, height: 720 }): Promise<Setup & { context: BrowserContext }> {
  const context = await browser.newContext({ baseURL, viewport });
  const page = await context.newPage();
  const signup = await page.request.post("/api/account/signup", { data: { name: "Frida Fasilitator", email, password } });
  expect(signup.status()).toBe(201);
  // Signed in over next-auth's own endpoints; the sign-in form has its own tests (auth.spec.ts).
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await page.request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" } });
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard$/);
  const created = await page.request.post("/api/workshops", {
    data: {
      title: "Folkehelse i Vesterdalen",
      language: "nb",
      method: "searchConference",
      organisations: [{ name: "Aske kommune" }, { name: "Bjørk kommune" }, { name: "Helse Vest" }],
    },
  });
  expect(created.status()).toBe(201);
  const { workshop } = (await created.json()) as { workshop: { id: string; joinCode: string } };
  return { context, facilitator: page, workshopId: workshop.id, joinCode: workshop.joinCode };
}

async function joinAsParticipant(browser: Browser, baseURL: string, joinCode: string, name: string, organisation: string, locale = "nb") {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 720 } });
  await context.addCookies([{ name: "samla_locale", value: locale, url: baseURL }]);
  const page = await context.newPage();
  // typed the way people do: lower case, with a dash
  await page.goto(`/join/${joinCode.slice(0, 3).toLowerCase()}-${joinCode.slice(3).toLowerCase()}`);
  await expect(page).toHaveURL(new RegExp(`/join/${joinCode}$`));
  await page.getByLabel("Navnet ditt").fill(name);
  await page.getByLabel("Organisasjon").selectOption({ label: organisation });
  await page.getByRole("button", { name: "Bli med" }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+$/);
  await expect(page.getByText("Tilkoblet")).toBeVisible();
  return { context, page };
}

test("facilitator and three participants run the start of a search conference", async ({ browser, baseURL }) => {
  const { context: facilitatorContext, facilitator, workshopId, joinCode } = await facilitatorWithWorkshop(browser, baseURL!, "frida@example.no");
  const people = [
    await joinAsParticipant(browser, baseURL!, joinCode, "Ola Aske", "Aske kommune"),
    await joinAsParticipant(browser, baseURL!, joinCode, "Berit Bjørk", "Bjørk kommune"),
    await joinAsParticipant(browser, baseURL!, joinCode, "Hanne Helse", "Helse Vest"),
  ];
  for (const { page } of people) await expect(page.getByRole("heading", { name: "Velkommen! Vi starter snart" })).toBeVisible();
  if (shots) await people[0].page.screenshot({ path: `${shots}/room-lobby-1280.png` });

  // rejoining on the same device is the same person
  await people[0].page.goto(`/join/${joinCode}`);
  await expect(people[0].page.getByText("Velkommen tilbake, Ola Aske!")).toBeVisible();
  await people[0].page.getByRole("link", { name: "Fortsett til samlingen" }).click();
  expect(await testDb().participant.count({ where: { workshopId } })).toBe(3);

  // automatic mixed tables reach the participants' screens
  const assigned = await facilitator.request.post(`/api/workshops/${workshopId}/tables`, { data: { op: "assign", mode: "mixed", tableCount: 2 } });
  expect(assigned.ok()).toBe(true);
  for (const { page } of people) await expect(page.getByTestId("my-table")).toHaveText(/Ditt bord: /);

  await facilitator.goto(`/workshops/${workshopId}/run`);
  await expect(facilitator.getByTestId("join-code")).toHaveText(`${joinCode.slice(0, 3)}-${joinCode.slice(3)}`);
  await expect(facilitator.getByTestId("presence-total")).toHaveText("3 av 3 deltakere er pålogget.");
  const first = await testDb().phase.findFirstOrThrow({ where: { workshopId }, orderBy: { position: "asc" } });
  await facilitator.getByRole("button", { name: /Start første fase/ }).click();
  await expect(facilitator.getByTestId("action-feedback")).toContainText(first.title);
  for (const { page } of people) await expect(page.getByTestId("phase-title")).toHaveText(first.title);

  await facilitator.getByRole("button", { name: "10 min", exact: true }).click();
  for (const { page } of people) await expect(page.getByRole("timer")).toBeVisible();
  // every screen computes the same end time: remaining + when it was read agree within 1 s
  const ends: number[] = [];
  for (const page of [facilitator, ...people.map((p) => p.page)]) {
    const remaining = Number(await page.getByRole("timer").getAttribute("data-remaining-ms"));
    ends.push(Date.now() + remaining);
    expect(remaining).toBeGreaterThan(9 * 60_000);
  }
  expect(Math.max(...ends) - Math.min(...ends)).toBeLessThan(1000);
  if (shots) {
    await people[1].page.screenshot({ path: `${shots}/room-phase-1280.png` });
    await facilitator.screenshot({ path: `${shots}/run-1280.png`, fullPage: true });
  }

  await facilitator.getByRole("button", { name: /Lås alle tavler/ }).click();
  for (const { page } of people) await expect(page.getByTestId("board-locked")).toContainText("Tavla er låst");
  expect(await testDb().board.count({ where: { workshopId, locked: false } })).toBe(0);

  await facilitator.getByRole("textbox", { name: "Beskjed" }).fill("Fem minutter igjen – skriv de viktigste lappene nå");
  await facilitator.getByRole("button", { name: "Send beskjed" }).click();
  for (const { page } of people) await expect(page.getByTestId("broadcast")).toContainText("Fem minutter igjen");

  const projector = await facilitatorContext.newPage();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.goto(`/present/${workshopId}`);
  await expect(projector.getByTestId("present-code")).toHaveText(`${joinCode.slice(0, 3)}-${joinCode.slice(3)}`);
  await expect(projector.getByTestId("present-phase")).toHaveText(first.title);
  await expect(projector.getByRole("img", { name: "QR-kode for å bli med i samlingen" })).toBeVisible();
  await expect(projector.getByTestId("present-counts")).toContainText("3 deltakere pålogget av 3");
  if (shots) await projector.screenshot({ path: `${shots}/present-1920.png` });

  // the next phase reaches the projector too
  await facilitator.getByRole("button", { name: /Neste fase/ }).click();
  const second = await testDb().phase.findFirstOrThrow({ where: { workshopId, position: first.position + 1 } });
  await expect(projector.getByTestId("present-phase")).toHaveText(second.title);
  for (const { page } of people) await expect(page.getByTestId("phase-title")).toHaveText(second.title);
  if (shots) {
    await people[2].page.setViewportSize({ width: 1920, height: 1080 });
    await people[2].page.screenshot({ path: `${shots}/room-phase-1920.png` });
  }

  for (const { context } of people) await context.close();
  await facilitatorContext.close();
});

for (const locale of ["nb", "en"] as const) {
  test(`join, lobby and projector pages have no serious accessibility violations (${locale})`, async ({ browser, baseURL }) => {
    const { context: facilitatorContext, facilitator, workshopId, joinCode } = await facilitatorWithWorkshop(browser, baseURL!, `room-axe-${locale}@example.no`);
    await facilitatorContext.addCookies([{ name: "samla_locale", value: locale, url: baseURL! }]);
    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 720 } });
    await context.addCookies([{ name: "samla_locale", value: locale, url: baseURL! }]);
    const page = await context.newPage();
    const check = async (p: Page, expectText?: string) => {
      await expect(p.locator("html")).toHaveAttribute("lang", locale);
      if (expectText) await expect(p.getByText(expectText).first()).toBeVisible();
      const results = await new AxeBuilder({ page: p }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious, JSON.stringify(serious.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })), null, 1)).toEqual([]);
    };
    await page.goto(`/join/${joinCode}`);
    await check(page);
    if (shots) await page.screenshot({ path: `${shots}/join-${locale}-1280.png` });
    await page.goto("/join/AB");
    await check(page);
    const joined = await page.request.post("/api/join", { data: { code: joinCode, displayName: "Axel", organisation: "Aske kommune" } });
    expect(joined.status()).toBe(201);
    await page.goto(`/w/${workshopId}`);
    await check(page, locale === "nb" ? "Tilkoblet" : "Connected");
    await facilitator.goto(`/present/${workshopId}`);
    await check(facilitator, locale === "nb" ? "Bli med" : "Join");
    await facilitator.goto(`/workshops/${workshopId}/run`);
    await check(facilitator, locale === "nb" ? "Tilkoblet" : "Connected");
    await context.close();
    await facilitatorContext.close();
  });
}
