// The facilitator's table editor: rename a table inline (Enter saves, Escape cancels), seat a
// participant by dragging their name tag and by keyboard with the select, and remove tables:
// an empty one goes, one whose board has notes stays and the facilitator is told why.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./support/axe";
import { hydrated } from "./support/people";
import { shoot } from "./support/screens";
import { boardsOf, organisations, participant, prepareWorkshop, seatEveryone } from "./support/workshop";

const people = ["Kari Nordmann", "Ola Hansen", "Aisha Rahman", "Per Olsen", "Lise Berg"];

/** Our alerts, not Next's route announcer (which also has role=alert). */
const alert = (page: Page) => page.locator("[role=alert]:not(#__next-route-announcer__)");
const status = (page: Page, text: string) => page.getByRole("status").filter({ hasText: text });
const card = (page: Page, name: string) => page.locator("li[data-table]").filter({ has: page.getByRole("heading", { name, exact: true, level: 4 }) });
const unseatedZone = (page: Page) => page.locator("div").filter({ has: page.getByRole("heading", { name: /^Uten bord/, level: 4 }) }).last();
const chips = (zone: Locator) => zone.locator("li[draggable=true]");
/** Buttons name their table in a visually hidden suffix: "Fjern : Bord 1". */
const named = (action: string, table: string) => new RegExp(`^${action}\\s*:\\s*${table}$`);
const chipName = async (chip: Locator) => (await chip.locator(".font-medium").textContent())!;

async function openPanel(page: Page, workshopId: string) {
  await page.goto(`/workshops/${workshopId}#tables-heading`);
  await hydrated(page, "li[data-table] button");
}

test("facilitator renames, reseats by drag and by keyboard, and removes tables", async ({ browser, baseURL }) => {
  const { facilitator: page, facilitatorContext, workshop } = await prepareWorkshop(browser, baseURL!, { title: "Bordplassering" });
  for (const [i, name] of people.entries()) {
    const joined = await participant(browser, baseURL!, workshop, { name, organisation: organisations[i % organisations.length] });
    await joined.context.close();
  }
  await seatEveryone(page, workshop.id, 2);
  // A note on table 1's board: that table must survive a remove.
  const { tables } = await boardsOf(workshop.id);
  const note = await page.request.post(`/api/workshops/${workshop.id}/findings`, { data: { boardId: tables[0].id, format: "lines", text: "Lang ventetid hos fastlegen" } });
  expect(note.status(), await note.text()).toBe(201);

  await openPanel(page, workshop.id);
  await page.getByRole("button", { name: "Legg til et bord" }).click();
  await expect(status(page, "Et nytt bord er lagt til.")).toBeVisible();
  await expect(card(page, "Bord 3")).toBeVisible();
  await expectNoSeriousViolations(page, "tables panel");

  // Rename by keyboard: an empty name is refused in words, Enter saves.
  await card(page, "Bord 2").getByRole("button", { name: named("Gi nytt navn", "Bord 2") }).click();
  const nameField = page.getByRole("textbox", { name: "Nytt navn på Bord 2" });
  await expect(nameField).toBeFocused();
  await nameField.fill("  ");
  await nameField.press("Enter");
  await expect(alert(page)).toContainText("Skriv et navn på bordet.");
  await expect(nameField).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousViolations(page, "rename with an error");
  await shoot(page, "tables-rename-error-1280");
  await nameField.fill("Helse og omsorg");
  await nameField.press("Enter");
  await expect(status(page, "«Bord 2» heter nå «Helse og omsorg».")).toBeVisible();
  await expect(card(page, "Helse og omsorg")).toBeVisible();
  await expect(page.getByRole("button", { name: named("Gi nytt navn", "Helse og omsorg") })).toBeFocused();

  // Escape cancels and gives focus back to the button.
  await page.getByRole("button", { name: named("Gi nytt navn", "Bord 3") }).click();
  await page.getByRole("textbox", { name: "Nytt navn på Bord 3" }).fill("Skal ikke lagres");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: named("Gi nytt navn", "Bord 3") })).toBeFocused();
  await expect(card(page, "Bord 3")).toBeVisible();

  // Drag a name tag from table 1 to "Helse og omsorg"; every table shows it takes a drop meanwhile.
  const dragged = chips(card(page, "Bord 1")).first();
  const draggedName = await chipName(dragged);
  const target = card(page, "Helse og omsorg");
  await target.scrollIntoViewIfNeeded();
  await dragged.hover();
  await page.mouse.down();
  const box = (await target.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await expect(target.getByText("Slipp her")).toBeVisible();
  await expect(card(page, "Bord 3").getByText("Slipp her")).toBeVisible();
  await expect(card(page, "Bord 1").getByText("Slipp her")).toHaveCount(0); // where they sit already
  await shoot(page, "tables-dragging-1280");
  await page.mouse.up();
  await expect(status(page, `${draggedName} er flyttet til Helse og omsorg.`)).toBeVisible();
  await expect(page.getByText("Slipp her")).toHaveCount(0);
  await expect(chips(target).filter({ hasText: draggedName })).toHaveCount(1);

  // And once more with Playwright's dragTo, from "not seated" after unseating by drag.
  const second = chips(card(page, "Helse og omsorg")).filter({ hasNotText: draggedName }).first();
  const secondName = await chipName(second);
  await second.dragTo(unseatedZone(page));
  await expect(status(page, `${secondName} sitter nå uten bord.`)).toBeVisible();
  await chips(unseatedZone(page)).filter({ hasText: secondName }).dragTo(card(page, "Bord 3"));
  await expect(status(page, `${secondName} er flyttet til Bord 3.`)).toBeVisible();

  await page.reload();
  await hydrated(page, "li[data-table] button");
  await expect(chips(card(page, "Helse og omsorg")).filter({ hasText: draggedName })).toHaveCount(1);
  await expect(chips(card(page, "Bord 3")).filter({ hasText: secondName })).toHaveCount(1);
  await expect(page.getByRole("combobox", { name: `Bord for ${draggedName}` }).locator("option:checked")).toHaveText("Helse og omsorg");

  // By keyboard: the select of someone else at "Helse og omsorg"; End picks the last table (Bord 3).
  const third = chips(card(page, "Helse og omsorg")).filter({ hasNotText: draggedName }).first();
  const thirdName = await chipName(third);
  await page.getByRole("combobox", { name: `Bord for ${thirdName}` }).focus();
  await page.keyboard.press("End");
  await expect(status(page, `${thirdName} er flyttet til Bord 3.`)).toBeVisible();
  await expect(chips(card(page, "Bord 3")).filter({ hasText: thirdName })).toHaveCount(1);
  await page.reload();
  await hydrated(page, "li[data-table] button");
  await expect(chips(card(page, "Bord 3")).filter({ hasText: thirdName })).toHaveCount(1);

  // Table 1's board has a note: the removal is refused, nothing changes, and the facilitator is told why.
  const atTable1 = await chips(card(page, "Bord 1")).count();
  expect(atTable1).toBeGreaterThan(0);
  await page.getByRole("button", { name: named("Fjern", "Bord 1") }).click();
  await expect(page.getByRole("dialog")).toContainText("Fjerne «Bord 1»?");
  await expectNoSeriousViolations(page, "remove dialog");
  await page.getByRole("button", { name: "Ja, fjern bordet" }).click();
  await expect(alert(page)).toContainText("«Bord 1» er ikke fjernet: det er skrevet på tavla til bordet, og det arbeidet skal ikke gå tapt.");
  await expect(card(page, "Bord 1")).toBeVisible();
  await expect(chips(card(page, "Bord 1"))).toHaveCount(atTable1);
  await page.reload();
  await hydrated(page, "li[data-table] button");
  await expect(chips(card(page, "Bord 1"))).toHaveCount(atTable1);

  // Bord 3 has an empty board: it goes, and the two people there lose their seat.
  await page.getByRole("button", { name: named("Fjern", "Bord 3") }).click();
  await page.getByRole("button", { name: "Ja, fjern bordet" }).click();
  await expect(status(page, "«Bord 3» er fjernet. De 2 som satt der, er nå uten bord.")).toBeVisible();
  await expect(card(page, "Bord 3")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Bordene", level: 3 })).toBeFocused();
  await page.reload();
  await hydrated(page, "li[data-table] button");
  await expect(page.locator("li[data-table]")).toHaveCount(2);
  await expect(page.getByRole("combobox", { name: `Bord for ${thirdName}` })).toHaveValue("");
  await expectNoSeriousViolations(page, "tables panel after removing");

  for (const [width, height] of [[1280, 720], [1920, 1080]] as const) {
    await page.setViewportSize({ width, height });
    await page.getByRole("heading", { name: "Bordene", level: 3 }).scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById("tables-heading")?.scrollIntoView());
    await shoot(page, `tables-${width}`);
  }
  await facilitatorContext.close();
});

test("the table editor in English passes axe", async ({ browser, baseURL }) => {
  const { facilitator: page, facilitatorContext, workshop } = await prepareWorkshop(browser, baseURL!, { locale: "en", title: "Seating" });
  for (const name of people.slice(0, 2)) {
    const joined = await participant(browser, baseURL!, workshop, { name, organisation: organisations[0] }, { locale: "en" });
    await joined.context.close();
  }
  await seatEveryone(page, workshop.id, 2);
  await openPanel(page, workshop.id);
  await expect(page.getByRole("heading", { name: "The tables", level: 3 })).toBeVisible();
  await expect(page.getByText("Drag a name to another table to move the person.", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: /^Rename\s*:/ }).first().click();
  await expect(page.getByText("Enter saves, Esc cancels.")).toBeVisible();
  await expectNoSeriousViolations(page, "tables panel (en)");
  await facilitatorContext.close();
});
