// The big screen is public. A facilitator opens the projector from the workshop bar with their
// own sign-in while a hidden round runs and people vote; the projector's page and every frame
// its socket receives must hold no count until the reveal. The projector link on the set-up and
// run pages opens the same screen in a fresh browser with nobody signed in, and holds no count
// either. A round opened outside the prioritising phase reaches participants, and every screen
// gives the same "x av y" when someone joins late.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import * as Y from "yjs";
import { createFocusArea } from "@/lib/board";
import { testDb } from "./board-fixtures";
import { newContext } from "./support/people";
import { goToPhase, participant, phaseTitles, prepareWorkshop } from "./support/workshop";

const areas = ["Trygge overganger", "Felles kompetanse", "Frivillighet som ressurs"];
const shots = path.join(process.cwd(), "test-results", "projector-screens");
const projectorViewport = { width: 1920, height: 1080 };

async function seedFocusAreas(workshopId: string) {
  const db = testDb();
  const board = await db.board.findFirstOrThrow({ where: { workshopId, tableId: null } });
  const doc = new Y.Doc();
  areas.forEach((title, i) => createFocusArea(doc, { title, x: i * 500, y: 0 }));
  await db.boardUpdate.create({ data: { boardId: board.id, data: Buffer.from(Y.encodeStateAsUpdate(doc)) } });
}

/** Every socket.io frame the context's pages receive, from the moment a page exists. */
function recordFrames(context: BrowserContext): string[] {
  const frames: string[] = [];
  const watch = (page: Page) => page.on("websocket", (ws) => ws.on("framereceived", ({ payload }) => frames.push(typeof payload === "string" ? payload : payload.toString("utf8"))));
  context.pages().forEach(watch);
  context.on("page", watch);
  return frames;
}

/** A frame that carries any count of dots per item (tally, results, a sync with either). */
function countsIn(frames: readonly string[]): string[] {
  return frames.filter((f) => /vote:tally|vote:results|"dots":\s*\d|"ranking"|"perItem"/.test(f));
}

async function openHiddenRound(vote: Page) {
  await vote.getByRole("button", { name: "Velg alle på «Plenum»" }).click();
  await vote.getByLabel("Prikker per deltaker").fill("3");
  await vote.getByLabel("Maks prikker på ett område").fill("2");
  await vote.getByRole("button", { name: "Åpne avstemningen" }).click();
  await expect(vote.getByTestId("round-status")).toHaveText("Åpen");
}

async function shoot(page: Page, name: string) {
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`) });
}

test("the projector shows no count before the reveal, whoever is signed in, and its link opens it without a sign-in", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const { facilitatorContext, facilitator, workshop } = await prepareWorkshop(browser, baseURL!, { title: "Helsefellesskapet Trøndelag" });
  await seedFocusAreas(workshop.id);
  const people = [
    await participant(browser, baseURL!, workshop, { name: "Anne", organisation: "Aske kommune" }),
    await participant(browser, baseURL!, workshop, { name: "Bjørn", organisation: "Helse Vest HF" }),
    await participant(browser, baseURL!, workshop, { name: "Cecilie", organisation: "Bjørk kommune" }),
  ];
  for (const p of people) await p.page.goto(`/w/${workshop.id}`);

  await facilitator.goto(`/workshops/${workshop.id}/run`);
  await goToPhase(facilitator, phaseTitles.nb.prioritising);
  // The facilitator's vote page gets the tally (only they see it): proof the recording sees counts.
  const facilitatorFrames = recordFrames(facilitatorContext);
  await facilitator.goto(`/workshops/${workshop.id}/vote`);
  await openHiddenRound(facilitator);

  // The facilitator opens the projector from the workshop bar, signed in as they are.
  const [projector] = await Promise.all([facilitatorContext.waitForEvent("page"), facilitator.getByRole("navigation", { name: "Samlingen" }).getByRole("link", { name: /Projektorvisning/ }).click()]);
  const projectorFrames: string[] = [];
  projector.on("websocket", (ws) => ws.on("framereceived", ({ payload }) => projectorFrames.push(String(payload))));
  await projector.setViewportSize(projectorViewport);
  await projector.waitForLoadState();
  await expect(projector.getByTestId("voting-projection")).toBeVisible();

  // People vote while the big screen is up.
  for (const [i, p] of people.entries()) {
    await p.page.getByRole("button", { name: `Legg til prikk på «${areas[0]}»` }).click();
    await p.page.getByRole("button", { name: `Legg til prikk på «${areas[1 + (i % 2)]}»` }).click();
    await expect(p.page.getByTestId("dots-left")).toHaveText("Du har 1 av 3 prikker igjen.");
  }
  // The facilitator's own page has the tally (only they see it) …
  await expect(facilitator.getByTestId("facilitator-tally")).toContainText(`${areas[0]}3 prikker`);
  // … the projector only that everyone has voted.
  await expect(projector.getByTestId("vote-progress")).toHaveText("3 av 3 har stemt");
  await shoot(projector, "facilitator-opened-hidden-round-1920");
  const html = await projector.content();
  expect(html).not.toMatch(/\d+\s+prikk/);
  for (const area of areas) expect(await projector.getByText(area).count(), `${area} on the projector`).toBe(0);
  // The frames the projector page received (its socket is the only one in that tab).
  expect(projectorFrames.length).toBeGreaterThan(0);
  expect(countsIn(projectorFrames)).toEqual([]);
  expect(countsIn(facilitatorFrames).length).toBeGreaterThan(0);

  // The projector link is on the set-up page, with a copy button and a QR code, and on the run page.
  await facilitatorContext.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await facilitator.goto(`/workshops/${workshop.id}`);
  const panel = facilitator.getByTestId("projector-link");
  await expect(panel.getByRole("heading", { name: "Projektorlenke" })).toBeVisible();
  await expect(panel.getByRole("img", { name: "QR-kode for projektorlenken" })).toBeVisible();
  const link = (await panel.getByTestId("projector-link-url").innerText()).trim();
  expect(link).toMatch(new RegExp(`/present/${workshop.id}\\?token=`));
  await panel.getByRole("button", { name: "Kopier projektorlenken" }).click();
  await expect(panel.getByRole("status")).toHaveText("Lenken er kopiert.");
  expect(await facilitator.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await panel.scrollIntoViewIfNeeded();
  await shoot(facilitator, "setup-projector-link-1280");
  await facilitator.goto(`/workshops/${workshop.id}/run`);
  await expect(facilitator.getByTestId("projector-link-url")).toHaveText(link);
  await shoot(facilitator, "run-projector-link-1280");

  // A venue PC: a fresh browser, nobody signed in, the link pasted into the address bar.
  const venue = await newContext(browser, baseURL!, { viewport: projectorViewport });
  expect(await venue.cookies()).toEqual([]);
  const venueFrames = recordFrames(venue);
  const screen = await venue.newPage();
  await screen.goto(link);
  await expect(screen.getByTestId("vote-progress")).toHaveText("3 av 3 har stemt");
  await expect(screen.getByTestId("present-code")).toBeVisible();
  expect(await screen.content()).not.toMatch(/\d+\s+prikk/);
  expect(countsIn(venueFrames)).toEqual([]);
  await shoot(screen, "venue-pc-hidden-round-1920");

  // The reveal: now the room may see the ranking, on both screens.
  await facilitator.goto(`/workshops/${workshop.id}/vote`);
  await facilitator.getByRole("button", { name: "Lukk avstemningen" }).click();
  await facilitator.getByRole("button", { name: "Vis resultatet for alle" }).click();
  for (const big of [projector, screen]) {
    await expect(big.getByTestId("vote-ranking-item").first()).toContainText(`1. plass: ${areas[0]}`);
    await expect(big.getByTestId("vote-ranking-item").first()).toContainText("3 prikker");
  }
  await shoot(screen, "venue-pc-revealed-1920");
  await venue.close();
  for (const p of people) await p.context.close();
  await facilitatorContext.close();
});

test("a round opened before the prioritising phase reaches everyone, and every screen gives the same count", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const { facilitatorContext, facilitator, workshop } = await prepareWorkshop(browser, baseURL!, { title: "Tidlig avstemning" });
  await seedFocusAreas(workshop.id);
  const early = await participant(browser, baseURL!, workshop, { name: "Dina", organisation: "Aske kommune" });
  await early.page.goto(`/w/${workshop.id}`);
  await facilitator.goto(`/workshops/${workshop.id}/run`);
  await goToPhase(facilitator, phaseTitles.nb.focusAreas);

  const venue = await newContext(browser, baseURL!, { viewport: projectorViewport });
  const screen = await venue.newPage();
  await facilitator.goto(`/workshops/${workshop.id}`);
  await screen.goto((await facilitator.getByTestId("projector-link-url").innerText()).trim());

  await facilitator.goto(`/workshops/${workshop.id}/vote`);
  await openHiddenRound(facilitator);
  // The facilitator is told plainly where the round shows.
  await expect(facilitator.getByTestId("round-where")).toHaveText(`Deltakerne og projektoren ser avstemningen nå, over innholdet i fasen «${phaseTitles.nb.focusAreas}», så lenge den er åpen.`);
  // The participant gets the ballot above the board, the projector the progress.
  await expect(early.page.getByTestId("open-round-elsewhere")).toBeVisible();
  await early.page.getByRole("button", { name: `Legg til prikk på «${areas[2]}»` }).click();
  await expect(screen.getByTestId("vote-progress")).toHaveText("1 av 1 har stemt");

  // A late joiner: everyone's count follows, not only the newcomer's.
  const late = await participant(browser, baseURL!, workshop, { name: "Emil", organisation: "Helse Vest HF" });
  await late.page.goto(`/w/${workshop.id}`);
  for (const page of [late.page, early.page, screen, facilitator]) await expect(page.getByTestId("vote-progress")).toHaveText("1 av 2 har stemt");
  await shoot(screen, "round-in-focus-area-phase-1920");
  await early.page.screenshot({ path: path.join(shots, "participant-round-in-focus-area-phase-1280.png"), fullPage: true });
  await venue.close();
  await early.context.close();
  await late.context.close();
  await facilitatorContext.close();
});
