// Silent writing in the live room, three participants at one table in their own browsers
// (Norwegian, 1280×720): the facilitator starts it from the run page, each participant sees
// only their own notes, one reloads and one loses the network in the middle, and the
// facilitator reveals while she is still offline. Once she is back every note is on the table's
// board exactly once, on every screen and on the server, with the focus area one of them made.
import { expect, test, type Page } from "@playwright/test";
import * as Y from "yjs";
import { readBoard } from "../../lib/board";
import { BoardPersistence } from "../../server/boards/boardPersistence";
import { testDb } from "./board-fixtures";
import { expectNoSeriousViolations } from "./support/axe";
import { notesOnServer, writeNote } from "./support/notes";
import { expectCanvasIsThePage, shoot } from "./support/screens";
import { boardsOf, participant, phaseTitles, prepareWorkshop, seatEveryone } from "./support/workshop";

const saveState = (page: Page) => page.locator("[data-save-state]");
const note = (page: Page, text: string) => page.locator("article", { hasText: text });
const areaTitle = "Helse i skolen";
const area = (page: Page) => page.getByRole("button", { name: new RegExp(`^Satsningsområde ${areaTitle}`) });

test("silent writing: own notes only until the reveal, nothing lost on reload, offline or reveal", async ({ browser, baseURL }) => {
  test.setTimeout(150_000);
  const { facilitator, facilitatorContext, workshop } = await prepareWorkshop(browser, baseURL!, { title: "Stille skriving i Vesterdalen" });
  const anne = await participant(browser, baseURL!, workshop, { name: "Anne Aske", organisation: "Aske kommune" });
  const bjorn = await participant(browser, baseURL!, workshop, { name: "Bjørn Bjørk", organisation: "Bjørk kommune" });
  const cecilie = await participant(browser, baseURL!, workshop, { name: "Cecilie Helse", organisation: "Helse Vest HF" });
  const people = [anne, bjorn, cecilie];
  await seatEveryone(facilitator, workshop.id, 1);
  await facilitator.goto(`/workshops/${workshop.id}/run`);
  await facilitator.getByRole("button", { name: /Start første fase/ }).click();
  await expect(facilitator.locator("li[aria-current=step]")).toContainText(phaseTitles.nb.future);
  const table = (await boardsOf(workshop.id)).tables[0];

  // Started by keyboard, as every facilitator action must be possible.
  const start = facilitator.getByRole("button", { name: "Start stille skriving" });
  await start.focus();
  await facilitator.keyboard.press("Enter");
  await expect(facilitator.getByTestId("silent-controls").getByRole("status").filter({ hasText: "Stille skriving er startet." })).toBeVisible();
  await expect(facilitator.getByRole("button", { name: "Vis alle lappene" })).toBeVisible();

  for (const { page } of people) {
    await page.goto(`/w/${workshop.id}`);
    await expect(page.getByTestId("silent-writing")).toContainText("bare du ser lappene dine");
    await expect(page.locator("[data-board-ready=true]")).toBeVisible();
  }
  const written = {
    anne: ["Felles legevakt i regionen", "Skolehelsetjeneste hver dag"],
    bjorn: ["Trygge turstier langs fjorden"],
    cecilie: ["Lavterskel psykisk helsehjelp", "Kveldsåpent helsestasjon (skrevet uten nett)"],
  };
  await writeNote(anne.page, written.anne[0]);
  await writeNote(anne.page, written.anne[1]);
  await writeNote(bjorn.page, written.bjorn[0]);
  await writeNote(cecilie.page, written.cecilie[0]);
  // Anne groups her own two notes while she is alone with them; the area goes with them on reveal.
  await note(anne.page, written.anne[0]).click();
  await note(anne.page, written.anne[1]).click({ modifiers: ["Shift"] });
  await anne.page.getByRole("button", { name: "Nytt satsningsområde" }).first().click();
  await expect(anne.page.getByRole("textbox", { name: "Navn på satsningsområdet" })).toBeFocused();
  await anne.page.keyboard.type(areaTitle);
  await anne.page.keyboard.press("Enter");
  await expect(area(anne.page)).toBeVisible();
  for (const { page } of people) await expect(saveState(page)).toHaveAttribute("data-save-state", "saved");
  await anne.page.evaluate(() => window.scrollTo(0, 0));
  await expectCanvasIsThePage(anne.page, "silent writing");
  await shoot(anne.page, "silent-writing-participant");
  await expectNoSeriousViolations(anne.page, "silent writing, participant");
  await expectNoSeriousViolations(facilitator, "silent writing, facilitator");
  await shoot(facilitator, "silent-writing-facilitator", { fullPage: true });

  // Nobody sees anyone else's notes, and the table's board holds none of them.
  for (const text of [...written.bjorn, written.cecilie[0]]) await expect(note(anne.page, text)).toHaveCount(0);
  for (const text of [...written.anne, written.cecilie[0]]) await expect(note(bjorn.page, text)).toHaveCount(0);
  await expect(area(bjorn.page)).toHaveCount(0);
  expect(await notesOnServer(testDb(), table.id)).toEqual([]);

  // Bjørn reloads: he is back on his own board with his note.
  await bjorn.page.reload();
  await expect(bjorn.page.getByTestId("silent-writing")).toBeVisible();
  await expect(note(bjorn.page, written.bjorn[0])).toBeVisible();
  await expect(note(bjorn.page, written.anne[0])).toHaveCount(0);

  // Cecilie's wifi goes; she writes on, and the facilitator reveals before she is back.
  await cecilie.context.setOffline(true);
  await expect(saveState(cecilie.page)).toHaveAttribute("data-save-state", "offline");
  await writeNote(cecilie.page, written.cecilie[1]);
  await facilitator.getByRole("button", { name: "Vis alle lappene" }).click();
  await expect(facilitator.getByTestId("silent-controls").getByRole("status")).toContainText("4 lapper er lagt på tavlene.");

  const all = [...written.anne, ...written.bjorn, ...written.cecilie];
  const online = all.filter((t) => t !== written.cecilie[1]);
  for (const { page } of [anne, bjorn]) {
    await expect(page.getByTestId("silent-writing")).toHaveCount(0);
    for (const text of online) await expect(note(page, text)).toHaveCount(1);
    await expect(area(page)).toHaveCount(1);
  }
  await anne.page.evaluate(() => window.scrollTo(0, 0));
  await shoot(anne.page, "silent-writing-revealed");

  // Back online: her offline note is saved, handed over and on everyone's board, once.
  await cecilie.context.setOffline(false);
  await expect(cecilie.page.getByTestId("silent-writing")).toHaveCount(0, { timeout: 20_000 });
  for (const { page } of people) for (const text of all) await expect(note(page, text)).toHaveCount(1);
  await expect.poll(async () => (await notesOnServer(testDb(), table.id)).sort(), { timeout: 15_000 }).toEqual([...all].sort());
  await shoot(cecilie.page, "silent-writing-after-offline");
  // Each note carries the phase it was written in (the report groups by it), through the move.
  const phase = await testDb().phase.findFirstOrThrow({ where: { workshopId: workshop.id, position: 0 } });
  const stored = new Y.Doc();
  await new BoardPersistence(testDb(), table.id).load(stored, null);
  const board = readBoard(stored);
  expect(board.notes.map((n) => n.phaseId)).toEqual(all.map(() => phase.id));
  // Anne's area is on the table's board once, holding exactly her two notes.
  expect(board.focusAreas.map((a) => a.title)).toEqual([areaTitle]);
  const members = board.notes.filter((n) => n.focusAreaId === board.focusAreas[0].id).map((n) => n.text);
  expect(members.sort()).toEqual([...written.anne].sort());

  await Promise.all([...people.map((p) => p.context.close()), facilitatorContext.close()]);
});
