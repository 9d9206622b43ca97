// A participant's wifi drops in the middle of writing: the board must say so within 5 s (not
// «Lagret» while nothing reaches the server), keep what is written meanwhile, and once the
// network is back deliver it to the others and return to «Lagret» by itself, with no further
// edit. Two participants at one table, in the live room, in their own browsers; once with a
// drop the browser notices (context.setOffline), once with a network that just goes silent.
import { expect, test, type Browser, type Page, type WebSocketRoute } from "@playwright/test";
import { testDb } from "./board-fixtures";
import { notesOnServer, writeNote } from "./support/notes";
import { shoot } from "./support/screens";
import { boardsOf, participant, phaseTitles, prepareWorkshop, seatEveryone } from "./support/workshop";

const detectWithinMs = 5_000;
const saveState = (page: Page) => page.locator("[data-save-state]");

/**
 * Records, on the page's own clock, when the save status first says offline, and returns the
 * page's clock now: the difference is how long the board took to notice, whatever the test
 * does in between.
 */
async function watchForOffline(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { offlineAt?: number };
    delete w.offlineAt;
    const check = () => {
      if (w.offlineAt === undefined && document.querySelector("[data-save-state]")?.getAttribute("data-save-state") === "offline") w.offlineAt = Date.now();
    };
    new MutationObserver(check).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-save-state"] });
    return Date.now();
  });
}

async function offlineAt(page: Page): Promise<number | undefined> {
  return page.evaluate(() => (window as unknown as { offlineAt?: number }).offlineAt);
}

/** A facilitator, two participants at one table, the room in its first (board) phase. */
async function tableOfTwo(browser: Browser, baseURL: string, title: string, beforeOpening?: (anne: Page) => Promise<void>) {
  const { facilitator, facilitatorContext, workshop } = await prepareWorkshop(browser, baseURL, { title });
  const anne = await participant(browser, baseURL, workshop, { name: "Anne Aske", organisation: "Aske kommune" });
  const bjorn = await participant(browser, baseURL, workshop, { name: "Bjørn Bjørk", organisation: "Bjørk kommune" });
  await seatEveryone(facilitator, workshop.id, 1);
  await facilitator.goto(`/workshops/${workshop.id}/run`);
  await facilitator.getByRole("button", { name: /Start første fase/ }).click();
  await expect(facilitator.locator("li[aria-current=step]")).toContainText(phaseTitles.nb.future);
  const board = (await boardsOf(workshop.id)).tables[0];
  await beforeOpening?.(anne.page);
  for (const { page } of [anne, bjorn]) {
    await page.goto(`/w/${workshop.id}`);
    await expect(page.getByRole("status").filter({ hasText: "Tilkoblet" })).toBeVisible();
    await expect(page.locator("[data-board-ready=true]")).toBeVisible();
  }
  await writeNote(anne.page, "Felles legevakt (før bruddet)");
  await expect(saveState(anne.page)).toHaveAttribute("data-save-state", "saved");
  await expect(bjorn.page.locator("article", { hasText: "Felles legevakt (før bruddet)" })).toBeVisible();
  return { anne, bjorn, board, close: () => Promise.all([anne.context.close(), bjorn.context.close(), facilitatorContext.close()]) };
}

test("a network drop the browser notices: offline within 5 s; notes written meanwhile reach the others and are acknowledged after reconnecting", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const { anne, bjorn, board, close } = await tableOfTwo(browser, baseURL!, "Nettbrudd i Vesterdalen");

  // The wifi goes while Anne is writing: one note in the first moment, before any screen can
  // know, and one once the board says it is offline.
  const offlineNotes = ["Skolehelsetjeneste i alle bygder (skrevet idet nettet gikk)", "Felles turnusordning (skrevet uten nett)"];
  const droppedAt = await watchForOffline(anne.page);
  await anne.context.setOffline(true);
  await writeNote(anne.page, offlineNotes[0]);
  await expect(saveState(anne.page)).toHaveAttribute("data-save-state", "offline");
  const noticedAfterMs = (await offlineAt(anne.page))! - droppedAt;
  console.log(`setOffline: the board said offline ${noticedAfterMs} ms after the drop`);
  expect(noticedAfterMs).toBeLessThan(detectWithinMs);
  await expect(anne.page.getByRole("status").filter({ hasText: "Frakoblet – lappene dine er trygge på denne maskinen" })).toBeVisible();
  await expect(anne.page.getByRole("status").filter({ hasText: "Mistet forbindelsen" })).toBeVisible();
  await writeNote(anne.page, offlineNotes[1]);
  await expect(saveState(anne.page)).toHaveAttribute("data-save-state", "offline");
  await anne.page.evaluate(() => window.scrollTo(0, 0));
  await shoot(anne.page, "network-drop-offline");
  await expect(bjorn.page.locator("article", { hasText: offlineNotes[0] })).toHaveCount(0);

  // The wifi comes back: the notes reach Bjørn and the server, and Anne's status says «Lagret»
  // again by itself: nobody touches the board.
  await anne.context.setOffline(false);
  for (const text of offlineNotes) await expect(bjorn.page.locator("article", { hasText: text })).toBeVisible();
  await expect(saveState(anne.page)).toHaveAttribute("data-save-state", "saved");
  await expect(anne.page.getByRole("status").filter({ hasText: "Tilkoblet" })).toBeVisible();
  expect((await notesOnServer(testDb(), board.id)).sort()).toEqual(["Felles legevakt (før bruddet)", ...offlineNotes].sort());
  await anne.page.evaluate(() => window.scrollTo(0, 0));
  await shoot(anne.page, "network-drop-back");
  await close();
});

test("a network that goes silent without the browser noticing: offline within 5 s, «Lagret» again by itself once it carries again", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  // Anne's board connection runs through a relay that can hold every frame both ways, as a
  // dead access point does while TCP keeps waiting; then let them all through, in order.
  let holding = false;
  const held: Array<() => void> = [];
  const relay = (send: (message: string | Buffer) => void) => (message: string | Buffer) => (holding ? held.push(() => send(message)) : send(message));
  const { anne, bjorn, board, close } = await tableOfTwo(browser, baseURL!, "Stille nett i Nordfjord", (page) =>
    page.routeWebSocket(/\/yjs\//, (ws: WebSocketRoute) => {
      const server = ws.connectToServer();
      ws.onMessage(relay((m) => server.send(m)));
      server.onMessage(relay((m) => ws.send(m)));
    }),
  );
  const droppedAt = await watchForOffline(anne.page);
  holding = true;
  const text = "Bussrute til legesenteret (skrevet mens nettet sto stille)";
  await writeNote(anne.page, text);
  await expect(saveState(anne.page)).toHaveAttribute("data-save-state", "offline", { timeout: detectWithinMs });
  const noticedAfterMs = (await offlineAt(anne.page))! - droppedAt;
  console.log(`silent network: the board said offline ${noticedAfterMs} ms after it went quiet`);
  expect(noticedAfterMs).toBeLessThan(detectWithinMs);
  await anne.page.evaluate(() => window.scrollTo(0, 0));
  await shoot(anne.page, "network-silent-offline");

  // The network carries again: what was held goes through, and the status comes back by itself.
  holding = false;
  for (const send of held.splice(0)) send();
  await expect(saveState(anne.page)).toHaveAttribute("data-save-state", "saved");
  expect(await notesOnServer(testDb(), board.id)).toContain(text);
  await expect(bjorn.page.locator("article", { hasText: text })).toBeVisible();
  await close();
});
