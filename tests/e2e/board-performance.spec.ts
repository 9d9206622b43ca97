// How long Chromium takes to show a 2,000-note board ready to use. Prints the figure (the
// issue's target is under 1 s); the assertion is only a loose guard against regressions,
// since a shared 2-core test machine is no benchmark rig.
import { expect, test } from "@playwright/test";
import * as Y from "yjs";
import { addNote, createFocusArea } from "../../lib/board";
import { boardUrl, createBoardFixture, joinAs, testDb } from "./board-fixtures";

const noteCount = 2000;

test(`a ${noteCount}-note board is interactive quickly`, async ({ page, context, baseURL }) => {
  const fixture = await createBoardFixture();
  // The board's stored state, written the way the server stores it: one Yjs update row.
  const doc = new Y.Doc();
  const orgs = ["Tromsø kommune", "Balsfjord kommune", "UNN", "Troms og Finnmark fylkeskommune", "Røde Kors"];
  const areas = Array.from({ length: 8 }, (_, i) => createFocusArea(doc, { title: `Område ${i + 1}`, x: i * 520, y: -420 }));
  for (let i = 0; i < noteCount; i++) {
    addNote(doc, {
      text: `Lapp ${i}: tiltak for bedre samhandling mellom kommune og sykehus`,
      x: (i % 50) * 180,
      y: Math.floor(i / 50) * 140,
      authorName: `Deltaker ${i % 40}`,
      authorOrganisation: orgs[i % orgs.length],
      focusAreaId: i % 10 === 0 ? areas[i % areas.length] : null,
    });
  }
  await testDb().boardUpdate.create({ data: { boardId: fixture.boardId, data: Buffer.from(Y.encodeStateAsUpdate(doc)) } });
  await joinAs(context, baseURL!, fixture, { name: "Per Ytelse", organisation: "UNN" });

  // Warm the page's code once, as a participant's browser has it cached after joining.
  await page.goto(boardUrl(fixture));
  await expect(page.locator("article[data-note-id]").first()).toBeVisible();
  await page.evaluate(() => indexedDB.databases().then((dbs) => Promise.all(dbs.map((d) => new Promise((r) => { const q = indexedDB.deleteDatabase(d.name!); q.onsuccess = q.onerror = q.onblocked = r; })))));

  const started = Date.now();
  await page.goto(boardUrl(fixture));
  const first = page.locator("article[data-note-id]").first();
  await expect(page.locator("[data-board-ready=true]")).toBeVisible();
  const syncedAt = Date.now() - started;
  await expect(first).toBeVisible();
  const visibleAt = Date.now() - started;
  // Interactive: a click selects the note and the side panel answers.
  await first.click();
  await expect(page.getByRole("heading", { name: "1 lapp valgt" })).toBeVisible();
  const elapsed = Date.now() - started;
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    return { domContentLoaded: Math.round(nav.domContentLoadedEventEnd), now: Math.round(performance.now()) };
  });
  const rendered = await page.locator("article[data-note-id]").count();
  console.log(`board-performance: synced ${syncedAt} ms, first note visible ${visibleAt} ms`);
  console.log(`board-performance: ${noteCount} notes; navigation → synced, rendered and a click answered: ${elapsed} ms (DOMContentLoaded ${timing.domContentLoaded} ms); ${rendered} notes in the DOM`);
  test.info().annotations.push({ type: "interactive-ms", description: String(elapsed) });
  expect(rendered).toBeLessThan(noteCount);
  expect(elapsed).toBeLessThan(15_000);
});
