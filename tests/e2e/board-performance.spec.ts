// How long Chromium takes to show a 2,000-note board ready to use. Prints the figure (the
// issue's target is under 1 s) and where the time went, stage by stage (the board marks its
// stages on the performance timeline, see components/board/loadTiming.ts); the assertion is
// only a loose guard against regressions, since a shared 2-core test machine is no benchmark rig.
import { expect, test } from "@playwright/test";
import * as Y from "yjs";
import { addNote, createFocusArea } from "../../lib/board";
import { boardUrl, createBoardFixture, joinAs, testDb } from "./board-fixtures";

const noteCount = 2000;

/** In the page: when the board's socket opened and when its big first message (the sync) arrived. */
function watchSockets() {
  const w = window as unknown as { __boardSockets: { created: number; open?: number; bigMessage?: number; bigBytes?: number }[] };
  w.__boardSockets = [];
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      if (!String(url).includes("/yjs/")) return;
      const entry: (typeof w.__boardSockets)[number] = { created: performance.now() };
      w.__boardSockets.push(entry);
      this.addEventListener("open", () => (entry.open = performance.now()));
      this.addEventListener("message", (e: MessageEvent) => {
        const bytes = e.data instanceof ArrayBuffer ? e.data.byteLength : e.data instanceof Blob ? e.data.size : 0;
        if (entry.bigMessage === undefined && bytes > 10_000) Object.assign(entry, { bigMessage: performance.now(), bigBytes: bytes });
      });
    }
  } as typeof WebSocket;
}

/** In the page: when the side panel first says one note is selected (the answer to a click). */
function watchSelection() {
  const w = window as unknown as { __selectedAt?: number };
  new MutationObserver((_changes, observer) => {
    if (![...document.querySelectorAll("h2")].some((h) => h.textContent === "1 lapp valgt")) return;
    w.__selectedAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** Stage figures from the page's performance timeline, in ms since navigation. */
async function stages(page: import("@playwright/test").Page) {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const scripts = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter((r) => r.initiatorType === "script");
    const board = new Map(
      [...performance.getEntriesByType("mark"), ...performance.getEntriesByType("measure")].filter((e) => e.name.startsWith("samla-board:")).map((e) => [e.name.slice("samla-board:".length), e] as const),
    );
    const socket = (window as unknown as { __boardSockets: { created: number; open?: number; bigMessage?: number; bigBytes?: number }[] }).__boardSockets.at(-1);
    const at = (name: string) => board.get(name)?.startTime;
    const took = (name: string) => board.get(name)?.duration;
    const detail = (name: string) => (board.get(name) as PerformanceMark | undefined)?.detail as Record<string, number> | undefined;
    return {
      html: nav.responseEnd,
      scripts: scripts.length ? Math.max(...scripts.map((s) => s.responseEnd)) : undefined,
      domContentLoaded: nav.domContentLoadedEventEnd,
      connecting: at("connecting"),
      localLoaded: at("local-loaded"),
      socketCreated: socket?.created,
      socketOpen: socket?.open,
      syncArrived: socket?.bigMessage,
      syncBytes: socket?.bigBytes,
      syncApplyStart: at("sync-applied"),
      syncApply: took("sync-applied"),
      synced: at("synced"),
      firstReadStart: at("first-read"),
      firstRead: took("first-read"),
      firstRender: at("first-render"),
      renderedNotes: detail("first-render")?.notes,
    };
  });
}

function printStages(s: Awaited<ReturnType<typeof stages>>, interactive: number) {
  const f = (v: number | undefined) => (v === undefined ? "   n/a" : `${Math.round(v)}`.padStart(6));
  const d = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? "" : `  (+${Math.round(b - a)})`);
  const rows: [string, number | undefined, string][] = [
    ["HTML received", s.html, ""],
    ["scripts loaded", s.scripts, d(s.html, s.scripts)],
    ["DOMContentLoaded", s.domContentLoaded, ""],
    ["board effect runs (hydrated)", s.connecting, ""],
    ["IndexedDB copy loaded", s.localLoaded, d(s.connecting, s.localLoaded)],
    ["websocket open (connect+auth+room)", s.socketOpen, d(s.socketCreated, s.socketOpen)],
    [`sync step 2 arrived (${s.syncBytes === undefined ? "?" : Math.round(s.syncBytes / 1024)} KB)`, s.syncArrived, d(s.socketOpen, s.syncArrived)],
    [`sync step 2 applied (took ${f(s.syncApply).trim()})`, s.synced, d(s.syncArrived, s.synced)],
    [`first readBoard (took ${f(s.firstRead).trim()})`, s.firstReadStart === undefined || s.firstRead === undefined ? undefined : s.firstReadStart + s.firstRead, d(s.synced, s.firstReadStart === undefined || s.firstRead === undefined ? undefined : s.firstReadStart + s.firstRead)],
    [`first render committed (${s.renderedNotes ?? "?"} notes on the board)`, s.firstRender, ""],
    ["a real click on a note answered (interactive)", interactive, ""],
  ];
  console.log("board-performance stages (ms since navigation start; +gap from the previous stage):");
  for (const [label, value, gap] of rows) console.log(`  ${label.padEnd(48)} ${f(value)}${gap}`);
}

test(`a ${noteCount}-note board is interactive quickly`, async ({ page, context, baseURL }) => {
  const fixture = await createBoardFixture();
  // The board's stored state, written the way the server stores it: one Yjs update row.
  const doc = new Y.Doc();
  const orgs = ["Tromsø kommune", "Balsfjord kommune", "UNN", "Troms og Finnmark fylkeskommune", "Røde Kors"];
  // Areas below the notes, so the first view (the top left of the content) shows notes.
  const areas = Array.from({ length: 8 }, (_, i) => createFocusArea(doc, { title: `Område ${i + 1}`, x: i * 520, y: (noteCount / 50) * 140 + 200 }));
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
  await page.addInitScript(watchSockets);
  await page.addInitScript(watchSelection);

  // Warm the page's code once, as a participant's browser has it cached after joining.
  await page.goto(boardUrl(fixture));
  await expect(page.locator("article[data-note-id]").first()).toBeVisible();
  await page.evaluate(() => indexedDB.databases().then((dbs) => Promise.all(dbs.map((d) => new Promise((r) => { const q = indexedDB.deleteDatabase(d.name!); q.onsuccess = q.onerror = q.onblocked = r; })))));

  const started = Date.now();
  await page.goto(boardUrl(fixture));
  // Polled every animation frame: expect()'s back-off polling would add up to a second.
  await page.waitForFunction(() => document.querySelector("[data-board-ready=true]"), null, { polling: "raf", timeout: 30_000 });
  const syncedAt = Date.now() - started;
  await page.waitForFunction(() => document.querySelector("[data-board-ready=true] article[data-note-id]"), null, { polling: "raf", timeout: 30_000 });
  const visibleAt = Date.now() - started;
  // Interactive: a real mouse click (no actionability checks, which take Playwright's own
  // round trips) selects the note, and the page's clock records when the side panel answers.
  // A note that is on screen and not covered (the DOM also holds notes just outside the view).
  const target = await page.evaluate(() => {
    for (const note of document.querySelectorAll("article[data-note-id]")) {
      const r = note.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + 12;
      if (note.contains(document.elementFromPoint(x, y))) return { x, y };
    }
    return null;
  });
  expect(target, "a note visible on the canvas").not.toBeNull();
  await page.mouse.click(target!.x, target!.y);
  await page.waitForFunction(() => (window as unknown as { __selectedAt?: number }).__selectedAt !== undefined, null, { polling: "raf", timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "1 lapp valgt" })).toBeVisible();
  const wallClock = Date.now() - started;
  const interactive = Math.round(await page.evaluate(() => (window as unknown as { __selectedAt: number }).__selectedAt));
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    return { domContentLoaded: Math.round(nav.domContentLoadedEventEnd) };
  });
  const rendered = await page.locator("article[data-note-id]").count();
  printStages(await stages(page), interactive);
  console.log(`board-performance: seen from Playwright: synced ${syncedAt} ms, first note visible ${visibleAt} ms, click answered ${wallClock} ms (these include Playwright's own round trips)`);
  console.log(`board-performance: ${noteCount} notes; navigation → synced, rendered and a real click answered: ${interactive} ms on the page's clock (DOMContentLoaded ${timing.domContentLoaded} ms); ${rendered} notes in the DOM`);
  test.info().annotations.push({ type: "interactive-ms", description: String(interactive) });
  expect(rendered).toBeLessThan(noteCount);
  expect(interactive).toBeLessThan(15_000);
});
