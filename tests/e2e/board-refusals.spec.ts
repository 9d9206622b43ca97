// Locked boards and refused edits on screen (issue 13, item 9). A lock stops participants but
// the facilitator can still arrange the board, and participants see that at once. An edit the
// server refuses (a participant's offline note sent to a board locked meanwhile; an
// observer's) disappears from the sender's screen, does not come back on a reload, and never
// reaches anyone else.
import { expect, test, type Page } from "@playwright/test";
import { io } from "socket.io-client";
import * as Y from "yjs";
import { addNote } from "../../lib/board";
import { boardUrl, createBoardFixture, joinAs, testDb } from "./board-fixtures";
import { newContext, signUpQuickly } from "./support/people";
import { shoot } from "./support/screens";

async function openBoard(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator("[data-board-ready=true]")).toBeVisible();
}

async function writeNote(page: Page, text: string) {
  await page.getByTestId("board-canvas").focus();
  await page.keyboard.press("n");
  await expect(page.getByRole("textbox", { name: "Tekst på lappen" })).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press("Escape");
  await expect(page.locator("article", { hasText: text })).toBeVisible();
}

/** Locks or unlocks a board the way the run page does: the facilitator's socket.io event. */
async function setLock(baseURL: string, workshopId: string, sessionToken: string, boardId: string, locked: boolean) {
  const socket = io(baseURL, { path: "/socket.io", auth: { workshopId, token: sessionToken }, transports: ["websocket"] });
  try {
    expect(await socket.timeout(10_000).emitWithAck(locked ? "board:lock" : "board:unlock", { boardId })).toMatchObject({ ok: true, locked });
  } finally {
    socket.disconnect();
  }
}

test("a participant's note refused by a lock vanishes from their screen and stays gone; the facilitator still arranges the board", async ({ browser, baseURL }) => {
  const fixture = await createBoardFixture();
  const anneContext = await newContext(browser, baseURL!);
  const bjornContext = await newContext(browser, baseURL!);
  const leadContext = await newContext(browser, baseURL!);
  await joinAs(anneContext, baseURL!, fixture, { name: "Anne Andersen", organisation: "Tromsø kommune" });
  await joinAs(bjornContext, baseURL!, fixture, { name: "Bjørn Berg", organisation: "UNN" });
  const lead = await leadContext.newPage();
  const email = `leder-${Date.now()}@example.no`;
  await signUpQuickly(lead, { name: "Lise Leder", email });
  // An administrator facilitates every workshop, this fixture's too.
  await testDb().user.update({ where: { email }, data: { role: "admin" } });
  const session = (await leadContext.cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!.value;

  const anne = await anneContext.newPage();
  const bjorn = await bjornContext.newPage();
  await openBoard(anne, boardUrl(fixture));
  await openBoard(bjorn, boardUrl(fixture));
  await openBoard(lead, `/workshops/${fixture.workshopId}/boards/${fixture.boardId}`);

  // Anne's wifi drops; she writes a note, which waits on her laptop. Meanwhile the board is locked.
  await anneContext.setOffline(true);
  await writeNote(anne, "Skrevet mens nettet var borte");
  await setLock(baseURL!, fixture.workshopId, session, fixture.boardId, true);

  // The facilitator arranges the locked board; participants see it at once.
  await writeNote(lead, "Fasilitatoren rydder");
  await expect(bjorn.locator("article", { hasText: "Fasilitatoren rydder" })).toBeVisible();
  await expect(lead.getByRole("status").filter({ hasText: "Lagret" })).toBeVisible();

  // Anne is back: her note reaches the server, which refuses it; her screen drops it and says why.
  await anneContext.setOffline(false);
  await expect(anne.getByTestId("board-refusal")).toHaveText("Tavla er låst, så det du endret sist ble ikke lagret. Du ser nå det som er lagret.", { timeout: 20_000 });
  await expect(anne.locator("article", { hasText: "Skrevet mens nettet var borte" })).toHaveCount(0);
  await expect(anne.locator("article", { hasText: "Fasilitatoren rydder" })).toBeVisible();
  await shoot(anne, "board-refused-locked");

  // Nobody else ever sees it, and the database does not have it.
  await expect(bjorn.locator("article", { hasText: "Skrevet mens nettet var borte" })).toHaveCount(0);
  await expect(lead.locator("article", { hasText: "Skrevet mens nettet var borte" })).toHaveCount(0);

  // Not after a reload, nor once the board is open again.
  await openBoard(anne, boardUrl(fixture));
  await expect(anne.locator("article", { hasText: "Fasilitatoren rydder" })).toBeVisible();
  await expect(anne.locator("article", { hasText: "Skrevet mens nettet var borte" })).toHaveCount(0);
  await setLock(baseURL!, fixture.workshopId, session, fixture.boardId, false);
  await openBoard(anne, boardUrl(fixture));
  await writeNote(anne, "Etter opplåsing");
  await expect(bjorn.locator("article", { hasText: "Etter opplåsing" })).toBeVisible();
  await anne.waitForTimeout(1_000);
  for (const page of [anne, bjorn, lead]) await expect(page.locator("article", { hasText: "Skrevet mens nettet var borte" })).toHaveCount(0);

  for (const context of [anneContext, bjornContext, leadContext]) await context.close();
});

test("an observer's edit from this device's offline copy is refused, dropped from the screen and the copy, and reaches nobody", async ({ browser, baseURL }) => {
  const fixture = await createBoardFixture();
  const observerContext = await newContext(browser, baseURL!);
  const anneContext = await newContext(browser, baseURL!);
  const observer = await joinAs(observerContext, baseURL!, fixture, { name: "Projektor", organisation: "-", role: "observer" });
  await joinAs(anneContext, baseURL!, fixture, { name: "Anne Andersen", organisation: "Tromsø kommune" });
  const anne = await anneContext.newPage();
  await openBoard(anne, boardUrl(fixture));
  await writeNote(anne, "Annes lapp");

  // An edit in the observer's offline store, as an older app version (or a hand-edited
  // browser) might have left there: a note written on this device.
  const page = await observerContext.newPage();
  await openBoard(page, boardUrl(fixture));
  const doc = new Y.Doc();
  addNote(doc, { text: "Observatøren skriver", x: 40, y: 40, authorId: observer.id, authorName: "Projektor" });
  const update = [...Y.encodeStateAsUpdate(doc)];
  await page.evaluate(
    async ({ name, bytes }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction("updates", "readwrite");
        tx.objectStore("updates").add(new Uint8Array(bytes));
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { name: `samla-board-${fixture.boardId}`, bytes: update },
  );

  await page.reload();
  await expect(page.getByTestId("board-refusal")).toHaveText("Som observatør kan du ikke endre tavla, så endringen ble ikke lagret. Du ser nå det som er lagret.", { timeout: 20_000 });
  await expect(page.locator("article", { hasText: "Observatøren skriver" })).toHaveCount(0);
  await expect(page.locator("article", { hasText: "Annes lapp" })).toBeVisible();
  await shoot(page, "board-refused-observer");

  await openBoard(page, boardUrl(fixture));
  await expect(page.locator("article", { hasText: "Annes lapp" })).toBeVisible();
  await page.waitForTimeout(1_000);
  await expect(page.locator("article", { hasText: "Observatøren skriver" })).toHaveCount(0);
  await expect(page.getByTestId("board-refusal")).toHaveText("");
  await expect(anne.locator("article", { hasText: "Observatøren skriver" })).toHaveCount(0);

  for (const context of [observerContext, anneContext]) await context.close();
});
