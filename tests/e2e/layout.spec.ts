// The screens people really use: a 1280×720 laptop and a tablet (810×1080, held upright) for
// participants, a 1920×1080 projector for the room. No sideways scrolling, and the controls
// that matter are on screen without hunting for them.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { boardReady } from "./support/people";
import { shoot } from "./support/screens";
import { goToPhase, participant, phaseTitles, prepareWorkshop, seatEveryone } from "./support/workshop";

const laptop = { width: 1280, height: 720 };
const tablet = { width: 810, height: 1080 };
const projector = { width: 1920, height: 1080 };

async function expectNoHorizontalScroll(page: Page, where: string) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, `${where}: page is ${scroll}px wide in a ${client}px window`).toBeLessThanOrEqual(client);
}

/** The element is visible and lies inside the window horizontally (scrolling down to it is fine). */
async function expectOnScreen(page: Page, locator: Locator, where: string) {
  await expect(locator, where).toBeVisible();
  await locator.scrollIntoViewIfNeeded();
  const box = (await locator.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x, `${where}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${where}: right edge`).toBeLessThanOrEqual(viewport.width + 0.5);
}

/** Inside the window without any scrolling: for the projector, which nobody scrolls. */
async function expectInWindow(page: Page, locator: Locator, where: string) {
  await expect(locator, where).toBeVisible();
  const box = (await locator.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width + 0.5 && box.y + box.height <= viewport.height + 0.5, `${where} at ${JSON.stringify(box)} is outside ${viewport.width}×${viewport.height}`).toBe(true);
}

for (const [label, size] of [["laptop 1280×720", laptop], ["tablet 810×1080", tablet]] as const) {
  test(`participant room, board, vote and chains are usable on a ${label}`, async ({ browser, baseURL }) => {
    test.setTimeout(150_000);
    const { facilitatorContext, facilitator: run, workshop } = await prepareWorkshop(browser, baseURL!, { title: `Skjermstørrelse ${size.width}` });
    const { context, page } = await participant(browser, baseURL!, workshop, { name: "Lise Laptop", organisation: "Aske kommune" }, { viewport: size });
    const other = await participant(browser, baseURL!, workshop, { name: "Tor Tavle", organisation: "Helse Vest HF" });
    await seatEveryone(run, workshop.id, 1);
    await run.goto(`/workshops/${workshop.id}/run`);
    await goToPhase(run, phaseTitles.nb.future);

    await page.goto(`/w/${workshop.id}`);
    await boardReady(page);
    const where = `room ${size.width}×${size.height}`;
    await expectNoHorizontalScroll(page, where);
    await expectOnScreen(page, page.getByTestId("phase-title"), `${where}: phase title`);
    await expectOnScreen(page, page.getByRole("heading", { name: "Tid igjen" }), `${where}: timer`);
    await expectOnScreen(page, page.getByRole("button", { name: "Ny lapp" }).first(), `${where}: new note`);
    await expectOnScreen(page, page.getByRole("button", { name: "Liste", exact: true }), `${where}: list view switch`);
    const canvas = page.getByTestId("board-canvas");
    await expectOnScreen(page, canvas, `${where}: canvas`);
    // the canvas is big enough to work on: at least half the window's width and 300px high
    const box = (await canvas.boundingBox())!;
    expect(box.width, `${where}: canvas width`).toBeGreaterThanOrEqual(size.width / 2);
    expect(box.height, `${where}: canvas height`).toBeGreaterThanOrEqual(300);
    // writing a note works at this size
    await page.getByRole("button", { name: "Ny lapp" }).first().click();
    await page.getByRole("textbox", { name: "Tekst på lappen" }).fill("Skrevet på liten skjerm");
    await page.keyboard.press("Escape");
    await expect(page.locator("article", { hasText: "Skrevet på liten skjerm" })).toBeVisible();
    await expectNoHorizontalScroll(page, `${where} with a note`);
    await shoot(page, `layout-room-board-${size.width}`);
    await page.getByRole("button", { name: "Liste", exact: true }).click();
    await expect(page.getByTestId("board-list")).toBeVisible();
    await expectNoHorizontalScroll(page, `${where} list view`);

    // vote
    await goToPhase(run, phaseTitles.nb.focusAreas);
    await boardReady(page);
    await page.getByRole("button", { name: "Liste", exact: true }).click();
    for (const area of ["Rekruttering", "Møteplasser for ungdom"]) {
      await page.getByRole("textbox", { name: "Navn på satsningsområdet" }).fill(area);
      await page.getByRole("button", { name: "Opprett satsningsområdet" }).click();
      await expect(page.getByRole("region", { name: area })).toBeVisible();
    }
    await goToPhase(run, phaseTitles.nb.prioritising);
    const vote = await facilitatorContext.newPage();
    await vote.goto(`/workshops/${workshop.id}/vote`);
    await vote.getByRole("button", { name: "Velg alle på «Plenum»" }).click();
    await vote.getByRole("button", { name: "Åpne avstemningen" }).click();
    const addDot = page.getByRole("button", { name: "Legg til prikk på «Møteplasser for ungdom»" });
    await expectOnScreen(page, addDot, `${where}: add a dot`);
    await expectNoHorizontalScroll(page, `${where} vote`);
    await addDot.click();
    await expect(page.getByTestId("dots-left")).toHaveText("Du har 4 av 5 prikker igjen.");
    await shoot(page, `layout-vote-${size.width}`);

    // chains
    await vote.getByRole("button", { name: "Lukk avstemningen" }).click();
    await vote.getByRole("button", { name: "Vis resultatet for alle" }).click();
    await goToPhase(run, phaseTitles.nb.chains);
    await run.getByLabel("Vis alle", { exact: true }).selectOption({ label: "Plenumstavla" });
    await run.getByRole("button", { name: "Hent alle hit" }).click();
    await page.getByRole("button", { name: "Start tiltakskjede" }).click();
    await expectOnScreen(page, page.getByTestId("chain-goal"), `${where}: chain goal`);
    await expectOnScreen(page, page.getByRole("button", { name: "Legg til tiltak" }), `${where}: add action`);
    await page.getByRole("button", { name: "Legg til tiltak" }).click();
    await expectOnScreen(page, page.getByTestId("action-what").last(), `${where}: action text`);
    await expectNoHorizontalScroll(page, `${where} chains`);
    await shoot(page, `layout-chains-${size.width}`, { fullPage: true });

    for (const c of [context, other.context, facilitatorContext]) await c.close();
  });
}

test("the projector view fits a 1920×1080 screen: code, QR, phase, results and chains without scrolling", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const { facilitatorContext, facilitator: run, workshop } = await prepareWorkshop(browser, baseURL!, { title: "Storskjermen i salen" });
  const people = [
    await participant(browser, baseURL!, workshop, { name: "Anne Aske", organisation: "Aske kommune" }),
    await participant(browser, baseURL!, workshop, { name: "Bjørn Bjørk", organisation: "Bjørk kommune" }),
  ];
  await seatEveryone(run, workshop.id, 1);
  const screen = await facilitatorContext.newPage();
  await screen.setViewportSize(projector);
  await screen.goto(`/present/${workshop.id}`);
  const code = `${workshop.joinCode.slice(0, 3)}-${workshop.joinCode.slice(3)}`;
  await expect(screen.getByTestId("present-code")).toHaveText(code);
  await expectNoHorizontalScroll(screen, "projector lobby");
  for (const [what, locator] of [
    ["join code", screen.getByTestId("present-code")],
    ["QR code", screen.getByRole("img", { name: "QR-kode for å bli med i samlingen" })],
    ["phase", screen.getByTestId("present-phase")],
    ["counts", screen.getByTestId("present-counts")],
  ] as const) await expectInWindow(screen, locator, `projector lobby: ${what}`);
  await shoot(screen, "layout-projector-lobby-1920");

  await run.goto(`/workshops/${workshop.id}/run`);
  await goToPhase(run, phaseTitles.nb.focusAreas);
  const anne = people[0].page;
  await anne.goto(`/w/${workshop.id}`);
  await boardReady(anne);
  await anne.getByRole("button", { name: "Liste", exact: true }).click();
  for (const area of ["Rekruttering av fagfolk", "Møteplasser for ungdom", "Digitale helsetjenester"]) {
    await anne.getByRole("textbox", { name: "Navn på satsningsområdet" }).fill(area);
    await anne.getByRole("button", { name: "Opprett satsningsområdet" }).click();
    await expect(anne.getByRole("region", { name: area })).toBeVisible();
  }
  await goToPhase(run, phaseTitles.nb.prioritising);
  const vote = await facilitatorContext.newPage();
  await vote.goto(`/workshops/${workshop.id}/vote`);
  await vote.getByRole("button", { name: "Velg alle på «Plenum»" }).click();
  await vote.getByRole("button", { name: "Åpne avstemningen" }).click();
  for (const { page } of people) {
    await page.goto(`/w/${workshop.id}`);
    await page.getByRole("button", { name: "Legg til prikk på «Rekruttering av fagfolk»" }).click();
    await expect(page.getByTestId("dots-left")).toHaveText("Du har 4 av 5 prikker igjen.");
  }
  await vote.getByRole("button", { name: "Lukk avstemningen" }).click();
  await vote.getByRole("button", { name: "Vis resultatet for alle" }).click();
  await screen.bringToFront();
  await expect(screen.getByTestId("present-phase")).toHaveText(phaseTitles.nb.prioritising);
  const ranking = screen.getByTestId("vote-ranking-item");
  await expect(ranking).toHaveCount(3);
  await expectNoHorizontalScroll(screen, "projector results");
  for (let i = 0; i < 3; i++) await expectInWindow(screen, ranking.nth(i), `projector results: place ${i + 1}`);
  await shoot(screen, "layout-projector-results-1920");

  await goToPhase(run, phaseTitles.nb.chains);
  await run.getByLabel("Vis alle", { exact: true }).selectOption({ label: "Plenumstavla" });
  await run.getByRole("button", { name: "Hent alle hit" }).click();
  await anne.getByRole("button", { name: "Start tiltakskjede" }).click();
  await anne.getByTestId("chain-goal").fill("Nok fagfolk i alle kommunene innen 2028");
  await anne.getByRole("button", { name: "Legg til tiltak" }).click();
  await anne.keyboard.type("Kartlegge behovet");
  await anne.getByTestId("chain-goal").focus();
  await expect(anne.locator("[data-save-state]").first()).toHaveAttribute("data-save-state", "saved");
  await screen.goto(`/workshops/${workshop.id}/chains/present`);
  await expect(screen.getByTestId("projector-chain")).toHaveCount(1);
  await expectNoHorizontalScroll(screen, "projector chains");
  await expectInWindow(screen, screen.getByTestId("projector-chain").getByText("Kartlegge behovet").first(), "projector chain: first action");
  await shoot(screen, "layout-projector-chains-1920");

  for (const c of [facilitatorContext, ...people.map((p) => p.context)]) await c.close();
});
