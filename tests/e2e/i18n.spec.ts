// Language: bokmål by default, English when chosen; the choice is kept across pages and
// reloads (the samla_locale cookie), <html lang> follows it, and dates are written the way
// each language writes them. (Key parity between nb and en: tests/unit/i18n-parity.test.ts.)
import { expect, test } from "@playwright/test";
import { joinWithCode, newContext } from "./support/people";
import { prepareWorkshop } from "./support/workshop";

test("the language choice persists across navigation and reload, and html lang follows it", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "nb-NO" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByRole("link", { name: "Logg inn (prosessleder)" })).toBeVisible();

  await page.getByRole("combobox", { name: "Språk" }).selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: /Sign in/ }).first()).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Language" })).toHaveValue("en");

  // another page, by following a link
  await page.getByRole("link", { name: /Sign in/ }).first().click();
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByLabel("Email")).toBeVisible();

  // a reload and a fresh page in the same browser
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByLabel("Password")).toBeVisible();
  const again = await context.newPage();
  await again.goto("/signup");
  await expect(again.locator("html")).toHaveAttribute("lang", "en");
  await expect(again.getByRole("heading", { name: "Create account" })).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === "samla_locale")?.value).toBe("en");

  // and back to Norwegian
  await again.getByRole("combobox", { name: "Language" }).selectOption("nb");
  await expect(again.locator("html")).toHaveAttribute("lang", "nb");
  await expect(again.getByRole("heading", { name: "Opprett konto" })).toBeVisible();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await context.close();
});

test("a participant who chooses English keeps it in the room; Norwegian is the default for everyone else", async ({ browser, baseURL }) => {
  const { facilitatorContext, workshop } = await prepareWorkshop(browser, baseURL!, { title: "Språkvalg i rommet" });
  const english = await newContext(browser, baseURL!);
  const page = await english.newPage();
  await page.goto(`/join/${workshop.joinCode}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await page.getByRole("combobox", { name: "Språk" }).selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.close();
  const room = await joinWithCode(english, workshop.joinCode, { name: "Emma English", organisation: "Aske kommune" }, "en");
  await expect(room.locator("html")).toHaveAttribute("lang", "en");
  await expect(room.getByRole("heading", { name: "Time left" })).toBeVisible();
  await room.reload();
  await expect(room.getByText("Connected")).toBeVisible();

  const norwegian = await newContext(browser, baseURL!);
  const other = await joinWithCode(norwegian, workshop.joinCode, { name: "Nils Norsk", organisation: "Bjørk kommune" }, "nb");
  await expect(other.locator("html")).toHaveAttribute("lang", "nb");
  await expect(other.getByRole("heading", { name: "Tid igjen" })).toBeVisible();
  for (const c of [english, norwegian, facilitatorContext]) await c.close();
});

test("dates on the dashboard are written the Norwegian or the English way", async ({ browser, baseURL }) => {
  const { facilitatorContext, facilitator, workshop } = await prepareWorkshop(browser, baseURL!, { title: "Datoformat" });
  const saved = await facilitator.request.patch(`/api/workshops/${workshop.id}`, { data: { date: "2026-03-12", place: "Stjørdal", retentionMonths: 120 } });
  expect(saved.ok(), await saved.text()).toBe(true);
  const card = () => facilitator.getByRole("listitem").filter({ has: facilitator.getByRole("link", { name: "Datoformat" }) });

  await facilitator.goto("/dashboard");
  await expect(card()).toContainText("12. mars 2026 · Stjørdal");

  await facilitatorContext.addCookies([{ name: "samla_locale", value: "en", url: baseURL! }]);
  await facilitator.reload();
  await expect(facilitator.locator("html")).toHaveAttribute("lang", "en");
  await expect(card()).toContainText("March 12, 2026 · Stjørdal");
  await facilitatorContext.close();
});
