import { expect, test, type Locator, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { boardUrl, createBoardFixture, joinAs } from "./board-fixtures";

/** Presses Tab until `target` has focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

async function openBoard(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator("[data-board-ready=true]")).toBeVisible();
}

test("two participants see each other's notes, cursors and presence live", async ({ browser, baseURL }) => {
  const fixture = await createBoardFixture();
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  await joinAs(contextA, baseURL!, fixture, { name: "Anne Andersen", organisation: "Tromsø kommune" });
  await joinAs(contextB, baseURL!, fixture, { name: "Bjørn Berg", organisation: "UNN" });
  const a = await contextA.newPage();
  const b = await contextB.newPage();
  await openBoard(a, boardUrl(fixture));
  await openBoard(b, boardUrl(fixture));

  // A writes a note with the keyboard shortcut and types into it.
  await a.getByTestId("board-canvas").focus();
  await a.keyboard.press("n");
  // Typed key by key, fast: no letter may be lost while the note's snapshot catches up.
  await expect(a.getByRole("textbox", { name: "Tekst på lappen" })).toBeFocused();
  await a.keyboard.type("Felles legevakt for regionen");
  await a.keyboard.press("Escape");
  // Focus returns to the note, so N makes the next one straight away.
  await expect(a.locator("article", { hasText: "Felles legevakt for regionen" })).toBeFocused();
  await expect(a.getByRole("status").filter({ hasText: "Lagret" })).toBeVisible();

  // B sees it, with A's organisation and name.
  const seen = b.locator("article", { hasText: "Felles legevakt for regionen" });
  await expect(seen).toBeVisible();
  await expect(seen).toContainText("Tromsø kommune · Anne Andersen");
  await expect(b.getByRole("heading", { name: "2 personer her" })).toBeVisible();
  await expect(b.getByRole("listitem").filter({ hasText: "Anne Andersen · Tromsø kommune" })).toBeVisible();

  // B writes one back by double-clicking on an empty spot; A sees it.
  const canvasB = await b.getByTestId("board-canvas").boundingBox();
  await b.mouse.dblclick(canvasB!.x + 500, canvasB!.y + 300);
  await b.getByRole("textbox", { name: "Tekst på lappen" }).fill("Delte journaler");
  await b.keyboard.press("Escape");
  await expect(a.locator("article", { hasText: "Delte journaler" })).toContainText("UNN · Bjørn Berg");

  // A's pointer shows on B's screen with A's name.
  const canvasA = await a.getByTestId("board-canvas").boundingBox();
  await a.mouse.move(canvasA!.x + 300, canvasA!.y + 400);
  await a.mouse.move(canvasA!.x + 320, canvasA!.y + 420);
  await expect(b.locator('[data-cursor-of="Anne Andersen"]')).toBeVisible();

  await contextA.close();
  await contextB.close();
});

test("the list view does everything by keyboard: create, edit, move into a focus area, delete", async ({ page, context, baseURL }) => {
  const fixture = await createBoardFixture();
  await joinAs(context, baseURL!, fixture, { name: "Kari Keyboard", organisation: "Balsfjord kommune" });
  await openBoard(page, boardUrl(fixture));

  // Reach the view switch with Tab, never the mouse.
  await tabTo(page, page.getByRole("button", { name: "Liste", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("board-list")).toBeVisible();

  // Create a focus area.
  await tabTo(page, page.getByRole("textbox", { name: "Tekst på lappen" }));
  await page.keyboard.type("Rekruttere sykepleiere");
  await tabTo(page, page.getByRole("button", { name: "Legg til lappen" }), 5);
  await page.keyboard.press("Enter");
  const note = page.locator("li[data-list-note-id]", { hasText: "Rekruttere sykepleiere" });
  await expect(note).toBeVisible();
  await expect(note).toContainText("Gul · Balsfjord kommune · Kari Keyboard");

  await tabTo(page, page.getByRole("textbox", { name: "Navn på satsningsområdet" }), 10);
  await page.keyboard.type("Kompetanse");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: /^Kompetanse/ })).toBeVisible();

  // Edit the note.
  await tabTo(page, note.getByRole("button", { name: /Rediger/ }));
  await page.keyboard.press("Enter");
  const editor = note.getByRole("textbox", { name: "Tekst på lappen" });
  await expect(editor).toBeFocused();
  await page.keyboard.press("End");
  await page.keyboard.type(" og leger");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  const edited = page.locator("li[data-list-note-id]", { hasText: "Rekruttere sykepleiere og leger" });
  await expect(edited).toBeVisible();

  // Move it into the focus area with the select and its button.
  const picker = edited.getByRole("combobox", { name: /Flytt til satsningsområde/ });
  await tabTo(page, picker, 10);
  await page.keyboard.press("ArrowDown");
  await expect(picker).toHaveValue(/.+/);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  const area = page.getByRole("region", { name: "Kompetanse" });
  await expect(area.locator("li[data-list-note-id]", { hasText: "Rekruttere sykepleiere og leger" })).toBeVisible();

  // Delete it.
  await tabTo(page, area.getByRole("button", { name: /^Slett/ }), 30);
  await page.keyboard.press("Enter");
  await expect(page.locator("li[data-list-note-id]")).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Lagret" })).toBeVisible();

  // The deletion is on the server, not only on this page.
  await page.reload();
  await expect(page.locator("[data-board-ready=true]")).toBeVisible();
  await page.getByRole("button", { name: "Liste", exact: true }).click();
  await expect(page.getByRole("heading", { name: /^Kompetanse/ })).toBeVisible();
  await expect(page.locator("li[data-list-note-id]")).toHaveCount(0);
});

test("a new focus area's title field has focus as the click returns, so a slow laptop loses no keystroke to the button", async ({ page, context, baseURL }) => {
  const fixture = await createBoardFixture();
  await joinAs(context, baseURL!, fixture, { name: "Siri Treg", organisation: "Fjellvik kommune" });
  await openBoard(page, boardUrl(fixture));
  await page.getByTestId("board-canvas").focus();
  await page.keyboard.press("n");
  await page.keyboard.type("Skolehelsetjenesten");
  await page.keyboard.press("Escape");
  // The click and the question in one task (React renders a click's updates in a microtask): no
  // animation frame in between, as on a laptop whose frames lag behind. The CI failure: focus
  // stayed on the button, the name was lost and Enter made a second area.
  const focused = await page.getByRole("button", { name: "Nytt satsningsområde" }).first().evaluate(async (button) => {
    (button as HTMLButtonElement).click();
    await new Promise<void>((done) => queueMicrotask(done));
    const el = document.activeElement as HTMLInputElement | null;
    return el?.tagName === "INPUT" ? el.labels?.[0]?.textContent?.trim() : el?.textContent?.trim();
  });
  expect(focused).toBe("Navn på satsningsområdet");
  await page.keyboard.type("Skolehelse");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Liste", exact: true }).click();
  await expect(page.getByRole("heading", { name: /^Skolehelse/ })).toHaveCount(1);
  await expect(page.getByRole("heading", { name: /^Uten navn/ })).toHaveCount(0);
});

for (const locale of ["nb", "en"] as const) {
  test(`board page has no serious accessibility violations, canvas and list (${locale})`, async ({ page, context, baseURL }) => {
    const fixture = await createBoardFixture();
    await context.addCookies([{ name: "samla_locale", value: locale, url: baseURL! }]);
    await joinAs(context, baseURL!, fixture, { name: "Axel Tilgjengelig", organisation: "Statsforvalteren" });
    await openBoard(page, boardUrl(fixture));
    await page.getByTestId("board-canvas").focus();
    await page.keyboard.press("n");
    await page.keyboard.type(locale === "nb" ? "Universell utforming" : "Universal design");
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: locale === "nb" ? "Nytt satsningsområde" : "New focus area" }).click();

    const check = async () => {
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious, JSON.stringify(serious.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })), null, 1)).toEqual([]);
    };
    await check();
    await page.getByRole("button", { name: locale === "nb" ? "Liste" : "List", exact: true }).click();
    await expect(page.getByTestId("board-list")).toBeVisible();
    await check();
  });
}
