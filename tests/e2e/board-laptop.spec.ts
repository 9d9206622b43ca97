// The board on the laptops people really bring (1280×720: 1920×1080 at 150 %; 1366×768), a
// table of eight pressing "new note" at once, and the facilitator and the projector working
// the room's boards. Screenshots of the board, the run page and the projector at 1280×720 and
// 1920×1080 go to docs/screenshots/ (SAMLA_README_SCREENSHOTS=1).
import { expect, test } from "@playwright/test";
import * as Y from "yjs";
import { addNote, readBoard, type BoardSnapshot } from "@/lib/board";
import { BoardPersistence } from "../../server/boards/boardPersistence";
import { boardUrl, createBoardFixture, joinAs, testDb } from "./board-fixtures";
import { writeNote } from "./support/notes";
import { boardReady, newContext } from "./support/people";
import { expectCanvasIsThePage, shoot } from "./support/screens";
import { boardsOf, goToPhase, participant, phaseTitles, prepareWorkshop, seatEveryone } from "./support/workshop";

const people = [
  { name: "Anne Aske", organisation: "Aske kommune" },
  { name: "Bjørn Bjørk", organisation: "Bjørk kommune" },
  { name: "Cecilie Helse", organisation: "Helse Vest HF" },
  { name: "Dag Fylke", organisation: "Vestland fylkeskommune" },
  { name: "Eli Aske", organisation: "Aske kommune" },
  { name: "Frode Bjørk", organisation: "Bjørk kommune" },
  { name: "Gro Helse", organisation: "Helse Vest HF" },
  { name: "Hans Fylke", organisation: "Vestland fylkeskommune" },
];

async function storedBoard(boardId: string): Promise<BoardSnapshot> {
  const doc = new Y.Doc();
  await new BoardPersistence(testDb(), boardId).load(doc, null);
  return readBoard(doc);
}

type Box = { x: number; y: number; w: number; h: number };
const shared = (a: Box, b: Box) => Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/** The largest share of a note's area that any two of `notes` have in common. */
function worstOverlap(notes: Box[]): number {
  let worst = 0;
  for (let i = 0; i < notes.length; i++) for (let j = i + 1; j < notes.length; j++) worst = Math.max(worst, shared(notes[i], notes[j]) / Math.min(notes[i].w * notes[i].h, notes[j].w * notes[j].h));
  return worst;
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
]) {
  test(`the participant's board is the page at ${size.width}×${size.height}`, async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const { facilitator: run, workshop } = await prepareWorkshop(browser, baseURL!, { title: `Bærbar ${size.width}` });
    const { page } = await participant(browser, baseURL!, workshop, people[0], { viewport: size });
    await seatEveryone(run, workshop.id, 1);
    await run.goto(`/workshops/${workshop.id}/run`);
    await goToPhase(run, phaseTitles.nb.future);

    await page.goto(`/w/${workshop.id}`);
    await boardReady(page);
    await expectCanvasIsThePage(page, `room ${size.width}×${size.height}`);
    // the phase, its prompt and the timer are still on screen and readable
    await expect(page.getByTestId("phase-title")).toBeInViewport();
    await expect(page.getByTestId("phase-prompt")).toBeInViewport();
    await expect(page.getByRole("heading", { name: "Tid igjen" })).toBeInViewport();
    // filters wait behind one button
    await expect(page.getByRole("searchbox")).toBeHidden();
    await page.getByRole("button", { name: "Søk og filter" }).click();
    await expect(page.getByRole("searchbox")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("searchbox")).toBeHidden();

    // a long Norwegian compound breaks where Norwegian breaks it
    await writeNote(page, "Helsesykepleiertjenesten i skolen må styrkes i alle kommunene i regionen");
    const note = page.locator("article", { hasText: "Helsesykepleiertjenesten" });
    await expect(note.locator("p[lang=nb]")).toHaveCSS("hyphens", "auto");
    await expect.poll(() => note.locator("p[lang=nb]").evaluate((p) => p.textContent!.includes("\u00AD"))).toBe(true);
    await expectCanvasIsThePage(page, `room ${size.width}×${size.height} with a note`);

    // the board's own page too
    const { tables } = await boardsOf(workshop.id);
    await page.goto(`/w/${workshop.id}/boards/${tables[0].id}`);
    await boardReady(page);
    await expectCanvasIsThePage(page, `board page ${size.width}×${size.height}`);
    if (size.width === 1280) {
      await page.goto(`/w/${workshop.id}`);
      await boardReady(page);
      await shoot(page, "board-laptop-1280x720");
    }
  });
}

test("eight people at one table press N in the same second: no heap, and an area from three notes holds exactly them", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const { facilitator: run, workshop } = await prepareWorkshop(browser, baseURL!, { title: "Åtte ved ett bord" });
  const table = [];
  for (const who of people) table.push(await participant(browser, baseURL!, workshop, who));
  await seatEveryone(run, workshop.id, 1);
  await run.goto(`/workshops/${workshop.id}/run`);
  await goToPhase(run, phaseTitles.nb.future);
  const { tables } = await boardsOf(workshop.id);
  const boardId = tables[0].id;

  for (const { page } of table) {
    await page.goto(`/w/${workshop.id}`);
    await boardReady(page);
    await page.getByTestId("board-canvas").focus();
  }
  // Everyone's view is the same empty board with the same centre: the worst case for a heap.
  await Promise.all(table.map(({ page }) => page.keyboard.press("n")));
  await Promise.all(table.map(({ page }) => expect(page.getByRole("textbox", { name: "Tekst på lappen" })).toBeFocused()));
  await Promise.all(table.map(({ page }, i) => page.keyboard.type(`Idé ${i + 1}`).then(() => page.keyboard.press("Escape"))));

  await expect.poll(async () => (await storedBoard(boardId)).notes.length, { timeout: 20_000 }).toBe(8);
  // The notes that landed on each other move aside once the clients see each other's.
  await expect.poll(async () => worstOverlap((await storedBoard(boardId)).notes), { timeout: 20_000 }).toBeLessThanOrEqual(0.2);
  const anne = table[0].page;
  // Anne's copy has all eight too (the canvas draws only those near the view, so ask the list).
  await anne.getByRole("button", { name: "Liste", exact: true }).click();
  await expect(anne.getByTestId("board-list").getByText(/^Idé \d$/)).toHaveCount(8);
  await anne.getByRole("button", { name: "Tavle", exact: true }).click();
  await boardReady(anne);
  await shoot(anne, "board-eight-notes-1280x720");

  // Three notes selected (click, shift+click) become one area.
  const stored = await storedBoard(boardId);
  const chosen = [...stored.notes].sort((a, b) => a.y - b.y || a.x - b.x).slice(0, 3);
  await anne.locator(`article[data-note-id="${chosen[0].id}"]`).click();
  for (const n of chosen.slice(1)) await anne.locator(`article[data-note-id="${n.id}"]`).click({ modifiers: ["Shift"] });
  await anne.getByRole("button", { name: "Nytt satsningsområde" }).first().click();
  await anne.keyboard.type("Skolehelse");
  await anne.keyboard.press("Enter");

  await expect.poll(async () => (await storedBoard(boardId)).focusAreas.length, { timeout: 10_000 }).toBe(1);
  await expect
    .poll(async () => {
      const board = await storedBoard(boardId);
      const area = board.focusAreas[0];
      const members = board.notes.filter((n) => n.focusAreaId === area.id);
      const others = board.notes.filter((n) => n.focusAreaId !== area.id);
      return {
        members: members.map((n) => n.id).sort(),
        membersOverlap: worstOverlap(members) > 0,
        insideFrame: members.every((n) => n.x >= area.x && n.y >= area.y && n.x + n.w <= area.x + area.w && n.y + n.h <= area.y + area.h),
        coversOthers: others.some((n) => shared(n, area) > 0),
        stillApart: worstOverlap(board.notes) <= 0.2,
      };
    })
    .toEqual({ members: chosen.map((n) => n.id).sort(), membersOverlap: false, insideFrame: true, coversOthers: false, stillApart: true });
  await shoot(anne, "board-area-from-selection-1280x720");
});

test("the facilitator opens every board from the run page, and the projector shows the plenary board live", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const { facilitator: run, workshop } = await prepareWorkshop(browser, baseURL!, { title: "Folkehelse i Vesterdalen" });
  const anne = await participant(browser, baseURL!, workshop, people[0]);
  const bjorn = await participant(browser, baseURL!, workshop, people[1]);
  await seatEveryone(run, workshop.id, 2);
  await run.goto(`/workshops/${workshop.id}/run`);
  await goToPhase(run, phaseTitles.nb.future);
  const { plenary, tables } = await boardsOf(workshop.id);

  // Anne writes on her table's board; the run page counts it and says who is there.
  await anne.page.goto(`/w/${workshop.id}`);
  await boardReady(anne.page);
  await writeNote(anne.page, "Trygge skoleveier");
  const anneTable = (await testDb().participant.findFirstOrThrow({ where: { workshopId: workshop.id, displayName: people[0].name } })).tableId!;
  const anneBoard = tables.find((b) => b.tableId === anneTable)!;
  const row = run.locator(`[data-testid=run-board][data-board-id="${anneBoard.id}"]`);
  await expect(row).toContainText("1 lapp", { timeout: 20_000 });
  await expect(row).toContainText("Anne Aske");

  // The projector, in its own window, opened the way the run page opens it.
  const screenContext = await newContext(browser, baseURL!, { viewport: { width: 1920, height: 1080 } });
  const projectorUrl = await run.getByTestId("projector-link-url").getAttribute("href");
  const screen = await screenContext.newPage();
  await screen.goto(projectorUrl!);
  await expect(screen.getByTestId("present-phase")).toHaveText(phaseTitles.nb.future);

  // The grouping phase: the projector shows the plenary board by default, live.
  await goToPhase(run, phaseTitles.nb.focusAreas);
  await expect(screen.getByTestId("projected-board")).toHaveAttribute("data-board-id", plenary.id);
  await expect(run.getByTestId("projector-showing")).toContainText(plenary.title);
  await boardReady(anne.page);
  await writeNote(anne.page, "Møteplasser for ungdom");
  await expect(screen.getByTestId("projected-board").locator("article", { hasText: "Møteplasser for ungdom" })).toBeVisible();
  // no names on the wall, no account chrome
  await expect(screen.getByTestId("projected-board")).not.toContainText("Anne Aske");
  await expect(screen.getByText(/Innlogget som/)).toHaveCount(0);
  await shoot(screen, "projector-plenary-board-1920x1080");

  // The facilitator opens the plenary board from the run page and edits it while it is shown.
  await run.evaluate(() => window.scrollTo(0, 0));
  await shoot(run, "run-page-1280x720");
  await run.getByRole("link", { name: `Åpne tavla ${plenary.title}` }).click();
  await expect(run).toHaveURL(new RegExp(`/workshops/${workshop.id}/boards/${plenary.id}$`));
  await boardReady(run);
  await writeNote(run, "Fra prosesslederen");
  await expect(screen.getByTestId("projected-board").locator("article", { hasText: "Fra prosesslederen" })).toBeVisible();

  // …and a table's board, which it then puts on the projector.
  await run.goto(`/workshops/${workshop.id}/run`);
  await run.getByRole("link", { name: `Åpne tavla ${anneBoard.title}` }).click();
  await expect(run).toHaveURL(new RegExp(`/workshops/${workshop.id}/boards/${anneBoard.id}$`));
  await boardReady(run);
  await expect(run.locator("article", { hasText: "Trygge skoleveier" })).toBeVisible();
  await run.goto(`/workshops/${workshop.id}/run`);
  await run.getByRole("button", { name: `Vis ${anneBoard.title} på projektoren` }).click();
  await expect(screen.getByTestId("projected-board")).toHaveAttribute("data-board-id", anneBoard.id);
  await expect(screen.getByTestId("projected-board").locator("article", { hasText: "Trygge skoleveier" })).toBeVisible();
  // the choice is kept: a reloaded projector shows the same board
  await screen.reload();
  await expect(screen.getByTestId("projected-board")).toHaveAttribute("data-board-id", anneBoard.id);
  await run.getByRole("button", { name: "Vis fasen" }).click();
  await expect(screen.getByTestId("projected-board")).toHaveCount(0);
  await expect(screen.getByTestId("present-phase")).toHaveText(phaseTitles.nb.focusAreas);
  await run.getByRole("button", { name: "Automatisk" }).click();
  await expect(screen.getByTestId("projected-board")).toHaveAttribute("data-board-id", plenary.id);

  // The same screens at the other size.
  await screen.setViewportSize({ width: 1280, height: 720 });
  await expect(screen.getByTestId("projected-board").locator("article", { hasText: "Møteplasser for ungdom" })).toBeVisible();
  await shoot(screen, "projector-plenary-board-1280x720");
  await run.setViewportSize({ width: 1920, height: 1080 });
  await run.evaluate(() => window.scrollTo(0, 0));
  await shoot(run, "run-page-1920x1080");
  await anne.page.setViewportSize({ width: 1920, height: 1080 });
  await boardReady(anne.page);
  await shoot(anne.page, "board-laptop-1920x1080");
  await bjorn.context.close();
});

test("Tab reaches every note on a board larger than the view, and the view follows it", async ({ browser, baseURL }) => {
  const fixture = await createBoardFixture();
  // Twelve notes over a board far larger than the window; reading order starts top left.
  const doc = new Y.Doc();
  const spots = [
    [0, 0], [400, 0], [2600, 80], [5200, 40], [0, 900], [3000, 1100], [6000, 1400], [200, 2400], [2800, 2600], [5400, 3000], [100, 4200], [4800, 4600],
  ];
  const ids = spots.map(([x, y], i) => addNote(doc, { x, y, text: `Lapp ${i + 1}`, authorOrganisation: "Aske kommune" }));
  await testDb().boardUpdate.create({ data: { boardId: fixture.boardId, data: Buffer.from(Y.encodeStateAsUpdate(doc)) } });
  const context = await newContext(browser, baseURL!);
  await joinAs(context, baseURL!, fixture, people[0]);
  const page = await context.newPage();
  await page.goto(boardUrl(fixture));
  await boardReady(page);
  const canvas = page.getByTestId("board-canvas");
  await canvas.focus();

  const reached: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => document.activeElement?.getAttribute("data-note-id") ?? null);
    expect(id, `Tab ${i + 1} landed on a note`).not.toBeNull();
    reached.push(id!);
    // the focused note is moved into the canvas' view
    const note = page.locator(`article[data-note-id="${id}"]`);
    await expect
      .poll(async () => {
        const [n, c] = [(await note.boundingBox())!, (await canvas.boundingBox())!];
        return n.x >= c.x && n.y >= c.y && n.x + n.width <= c.x + c.width && n.y + n.height <= c.y + c.height;
      }, { message: `note ${i + 1} in view` })
      .toBe(true);
  }
  expect(new Set(reached)).toEqual(new Set(ids));
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBe(0);
  await context.close();
});

test("another person's cursor label fades once their pointer rests", async ({ browser, baseURL }) => {
  const fixture = await createBoardFixture();
  const [reader, mover] = [await newContext(browser, baseURL!), await newContext(browser, baseURL!)];
  await joinAs(reader, baseURL!, fixture, people[0]);
  await joinAs(mover, baseURL!, fixture, people[1]);
  const [a, b] = [await reader.newPage(), await mover.newPage()];
  for (const page of [a, b]) {
    await page.goto(boardUrl(fixture));
    await boardReady(page);
  }
  const box = (await b.getByTestId("board-canvas").boundingBox())!;
  await b.mouse.move(box.x + 200, box.y + 200);
  await b.mouse.move(box.x + 260, box.y + 240, { steps: 5 });
  const cursor = a.locator(`[data-cursor-of="${people[1].name}"]`);
  await expect(cursor).toBeVisible();
  await expect(cursor).toHaveAttribute("data-resting", "true");
  await expect(cursor.locator("span")).toHaveCSS("opacity", "0");
  // moving again brings the name back
  await b.mouse.move(box.x + 300, box.y + 260, { steps: 3 });
  await expect(cursor).toHaveAttribute("data-resting", "false");
  await reader.close();
  await mover.close();
});
