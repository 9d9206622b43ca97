// A programme in the browser: an organiser creates it, puts a finished workshop in it, adds the
// next municipality's workshop as a copy of that one's set-up (by keyboard), links a differently
// named focus area on the matching screen, and downloads the programme report, which the test
// reads back (exceljs, the DOCX's XML). The two meetings' content (focus areas, a revealed
// round, action chains) is seeded into the database the way the server stores it, before any
// board is opened: running the meetings themselves is what scenario.spec.ts does. Both
// languages, axe on every screen, screenshots.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as Y from "yjs";
import { expect, test, type Page } from "@playwright/test";
import { addAction, addActionChain, createFocusArea } from "@/lib/board";
import { seedExportWorkshop } from "../integration/exportFixture";
import { testDb } from "./board-fixtures";
import { expectNoSeriousViolations } from "./support/axe";
import { expectVisibleFocus, tabTo } from "./support/keyboard";
import { hydrated, newContext, signUpQuickly } from "./support/people";
import { shoot } from "./support/screens";

async function downloaded(page: Page, name: RegExp): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  const path = await download.path();
  const fs = await import("node:fs");
  return fs.readFileSync(path);
}

/** B's plenary board content and a revealed round, as the server would have stored them. */
async function seedSecondMeeting(workshopId: string) {
  const db = testDb();
  const plenary = await db.board.findFirstOrThrow({ where: { workshopId, tableId: null } });
  expect(await db.boardUpdate.count({ where: { boardId: plenary.id } })).toBe(0);
  const doc = new Y.Doc();
  const shared = createFocusArea(doc, { title: "Trygge overganger mellom sykehus og kommune.", x: 0, y: 0 });
  const alike = createFocusArea(doc, { title: "Felles kompetanse", x: 500, y: 0 });
  const chain = addActionChain(doc, { focusAreaId: shared, goal: "Trygg utskrivning i Leksvik" });
  addAction(doc, chain, { what: "Felles sjekkliste ved utskrivning", responsible: "Enhetsleder", responsibleOrganisation: "Indre Fosen kommune", deadline: "2026-10-01", status: "done" });
  await db.boardUpdate.create({ data: { boardId: plenary.id, data: new Uint8Array(Y.encodeStateAsUpdate(doc)) } });
  const round = await db.votingRound.create({ data: { workshopId, title: "Prioritering Leksvik", status: "revealed", budget: 5, maxPerItem: 5 } });
  const voter = await db.participant.create({ data: { workshopId, displayName: "Leksvikdeltaker", organisation: "Indre Fosen kommune", secret: "s".repeat(24) } });
  for (const [position, [focusAreaId, title, dots]] of ([[shared, "Trygge overganger mellom sykehus og kommune.", 1], [alike, "Felles kompetanse", 4]] as const).entries()) {
    const item = await db.votingItem.create({ data: { roundId: round.id, boardId: plenary.id, focusAreaId, title, position, dots } });
    await db.ballotItem.create({ data: { roundId: round.id, participantId: voter.id, itemId: item.id, dots } });
  }
}

test("an organiser builds a programme of two workshops, links areas and downloads the programme report", async ({ browser, baseURL }) => {
  const context = await newContext(browser, baseURL!, { locale: "nb", viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await signUpQuickly(page, { name: "Organisator", email: `org-${Date.now()}@fosen.no` });
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user?: { email?: string } };
  const owner = await testDb().user.findUniqueOrThrow({ where: { email: session.user!.email! } });
  const first = await seedExportWorkshop(testDb(), { ownerId: owner.id, title: "Dialogmøte Frosta" });

  // Create the programme with the form.
  await page.goto("/programmes");
  await hydrated(page, "form");
  await expectNoSeriousViolations(page, "programme list");
  await page.getByLabel("Navn på programmet").fill("Folkehelse på Fosen");
  await page.getByRole("button", { name: "Opprett program" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Folkehelse på Fosen" })).toBeVisible();
  const programmeUrl = page.url();

  // The finished workshop joins as it is; then the next one, a copy of its set-up, by keyboard.
  await hydrated(page, "#add-existing");
  await page.getByLabel("Samling", { exact: true }).selectOption({ label: "Dialogmøte Frosta" });
  await page.getByRole("button", { name: "Legg til samlingen" }).click();
  await expect(page.getByRole("link", { name: "Dialogmøte Frosta" })).toBeVisible();
  await expect(page.getByLabel("Start fra")).toHaveValue(`copy:${first.workshopId}`);
  await tabTo(page, page.getByLabel("Navn på samlingen"));
  await expectVisibleFocus(page);
  await page.keyboard.type("Dialogmøte Leksvik");
  await page.getByLabel("Dato").fill("2026-04-20");
  await tabTo(page, page.getByLabel("Sted"));
  await page.keyboard.type("Leksvik samfunnshus");
  // Enter in a field submits the form, as in any form.
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "«Dialogmøte Leksvik» er lagt til i programmet." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Dialogmøte Leksvik" })).toBeVisible();
  const second = await testDb().workshop.findFirstOrThrow({ where: { title: "Dialogmøte Leksvik", ownerId: owner.id }, include: { phases: true, organisations: true } });
  expect(second).toMatchObject({ date: "2026-04-20", place: "Leksvik samfunnshus", method: "searchConference" });
  expect(second.organisations.map((o) => o.name).sort()).toEqual((await testDb().workshopOrganisation.findMany({ where: { workshopId: first.workshopId } })).map((o) => o.name).sort());
  await seedSecondMeeting(second.id);
  await page.reload();
  await expectNoSeriousViolations(page, "programme page");
  await shoot(page, "programme-page", { fullPage: true });

  // The matching screen: the alike-named area is one already; the suggested pair is accepted by keyboard.
  await page.getByRole("link", { name: "Koble satsningsområder på tvers" }).click();
  const suggestion = page.getByRole("button", { name: /^Koble\s*: «Felles kompetanse» \(Dialogmøte Leksvik\) og «Felles kompetanseløft»/ });
  await expect(suggestion).toBeVisible();
  await expectNoSeriousViolations(page, "matching screen");
  await shoot(page, "programme-matching", { fullPage: true });
  await tabTo(page, suggestion);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("«Felles kompetanse» er koblet til «Felles kompetanseløft».");
  const linkedArea = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Felles kompetanseløft" }) });
  await expect(linkedArea.getByText("I 2 samlinger")).toBeVisible();
  await expect(linkedArea.getByText("koblet")).toBeVisible();

  // The programme report: both workshops' ranks for the shared area, every chain with its status.
  await page.goto(programmeUrl);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await downloaded(page, /regneark/)) as unknown as ArrayBuffer);
  const areaRows = book.getWorksheet("Satsningsområder")!.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1, 5));
  expect(areaRows).toEqual(
    expect.arrayContaining([
      ["Trygge overganger mellom sykehus og kommune", "Dialogmøte Frosta", "Trygge overganger mellom sykehus og kommune", 1],
      ["Trygge overganger mellom sykehus og kommune", "Dialogmøte Leksvik", "Trygge overganger mellom sykehus og kommune.", 2],
      ["Felles kompetanseløft", "Dialogmøte Leksvik", "Felles kompetanse", 1],
    ]),
  );
  const chainRows = book.getWorksheet("Tiltakskjeder")!.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
  expect(chainRows.map((r) => [r[0], r[5], r[9]])).toEqual(
    expect.arrayContaining([
      ["Dialogmøte Frosta", first.actionTitles[0], "Startet"],
      ["Dialogmøte Frosta", first.actionTitles[1], "Planlagt"],
      ["Dialogmøte Frosta", first.actionTitles[2], "Planlagt"],
      ["Dialogmøte Leksvik", "Felles sjekkliste ved utskrivning", "Ferdig"],
    ]),
  );
  const zip = await JSZip.loadAsync(await downloaded(page, /Word/));
  const xml = await zip.file("word/document.xml")!.async("string");
  for (const text of ["Folkehelse på Fosen", "Dialogmøte Leksvik", "Felles sjekkliste ved utskrivning", "Ferdig"]) expect(xml.includes(text), text).toBe(true);

  // The same screens in English.
  const english = await newContext(browser, baseURL!, { locale: "en" });
  await english.addCookies(await context.cookies());
  await english.addCookies([{ name: "samla_locale", value: "en", url: baseURL! }]);
  const en = await english.newPage();
  await en.goto(programmeUrl);
  await expect(en.getByRole("heading", { name: "Workshops in the programme" })).toBeVisible();
  await expect(en.getByRole("link", { name: "Download spreadsheet (.xlsx)" })).toBeVisible();
  await expectNoSeriousViolations(en, "programme page (en)");
  await en.getByRole("link", { name: "Match focus areas across workshops" }).click();
  await expect(en.getByRole("heading", { name: "Focus areas in the programme" })).toBeVisible();
  await expectNoSeriousViolations(en, "matching screen (en)");
  await english.close();
  await context.close();
});
