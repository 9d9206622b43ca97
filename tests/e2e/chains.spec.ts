// Action chains end to end on a server of this spec's own (it is restarted mid-test, which
// the shared webServer must not be): two participants build one chain at once, the order
// survives a restart, and the editor and the facilitator overview pass axe in nb and en.
import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import * as Y from "yjs";
import { addNote, createFocusArea, setFocusAreaRanks } from "../../lib/board";
import { participantCookieName, signParticipantToken } from "../../server/platform/auth/participantToken";
import { createDb, type Db } from "../../server/platform/db/client";
import { signUpAndIn } from "../helpers/auth";
import { startServer, type RunningServer } from "../helpers/server";

const authSecret = randomBytes(32).toString("hex");
const env = { AUTH_SECRET: authSecret, SIGNUP_OPEN: "true" };
const shots = "test-results/chains-screens";

interface Seed {
  workshopId: string;
  boardId: string;
  participants: { id: string; secret: string }[];
  facilitatorCookie: string;
}

let server: RunningServer;
let db: Db;
let seed: Seed;

/** The table's board starts with two ranked focus areas and notes, as after a voting round. */
function seededBoardUpdate(): Uint8Array<ArrayBuffer> {
  const doc = new Y.Doc();
  const recruit = createFocusArea(doc, { title: "Rekruttere og beholde fastleger", x: 0, y: 0 });
  const youth = createFocusArea(doc, { title: "Ungdom i arbeid", x: 600, y: 0 });
  setFocusAreaRanks(doc, [
    { id: recruit, rank: 1 },
    { id: youth, rank: 2 },
  ]);
  const author = { authorId: null, authorName: "Kari", authorOrganisation: "Bodø kommune" };
  addNote(doc, { text: "Turnusleger forsvinner etter ett år", x: 10, y: 10, focusAreaId: recruit, ...author });
  addNote(doc, { text: "Felles vaktordning mellom kommunene", x: 200, y: 10, focusAreaId: recruit, ...author });
  return new Uint8Array(Y.encodeStateAsUpdate(doc));
}

async function seedWorkshop(): Promise<Seed> {
  const email = `fasilitator-${Date.now()}@example.no`;
  const signedIn = await signUpAndIn(server.url, { name: "Frida Fasilitator", email, password: "et langt og trygt passord" });
  const owner = await db.user.findUniqueOrThrow({ where: { email } });
  const workshop = await db.workshop.create({
    data: {
      title: "Søkekonferanse Helse Nord",
      method: "searchConference",
      joinCode: `C${randomBytes(3).toString("hex").toUpperCase()}`.slice(0, 6),
      ownerId: owner.id,
      organisations: { create: ["Bodø kommune", "Nordlandssykehuset", "Nordland fylkeskommune", "Frivilligsentralen"].map((name, position) => ({ name, position })) },
    },
  });
  const table = await db.workshopTable.create({ data: { workshopId: workshop.id, name: "Bord 1", position: 0 } });
  const board = await db.board.create({ data: { workshopId: workshop.id, tableId: table.id, title: "Bord 1" } });
  await db.board.create({ data: { workshopId: workshop.id, tableId: null, title: "Plenum" } });
  await db.boardUpdate.create({ data: { boardId: board.id, data: seededBoardUpdate() } });
  const participants = [];
  for (const [name, organisation] of [
    ["Kari Nordmann", "Bodø kommune"],
    ["Ola Hansen", "Nordlandssykehuset"],
  ]) {
    const secret = randomBytes(16).toString("hex");
    const row = await db.participant.create({ data: { workshopId: workshop.id, displayName: name, organisation, tableId: table.id, secret } });
    participants.push({ id: row.id, secret });
  }
  return { workshopId: workshop.id, boardId: board.id, participants, facilitatorCookie: signedIn.cookieHeader };
}

async function participantContext(browser: Browser, index: number, locale: "nb" | "en" = "nb", workshop: Seed = seed): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const p = workshop.participants[index];
  const host = new URL(server.url).hostname;
  await context.addCookies([
    { name: participantCookieName(workshop.workshopId), value: signParticipantToken(authSecret, p.id, p.secret), domain: host, path: "/" },
    { name: "samla_locale", value: locale, domain: host, path: "/" },
  ]);
  return context;
}

async function facilitatorContext(browser: Browser, locale: "nb" | "en"): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const host = new URL(server.url).hostname;
  const cookies = seed.facilitatorCookie.split("; ").map((pair) => {
    const eq = pair.indexOf("=");
    return { name: pair.slice(0, eq), value: pair.slice(eq + 1), domain: host, path: "/" };
  });
  await context.addCookies([...cookies, { name: "samla_locale", value: locale, domain: host, path: "/" }]);
  return context;
}

/** The chain's actions as a page shows them, in order. */
async function order(page: Page): Promise<string[]> {
  return page.getByTestId("action-what").evaluateAll((fields) => fields.map((f) => (f as HTMLTextAreaElement).value));
}

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  server = await startServer({ env });
  db = createDb(server.databaseUrl);
  seed = await seedWorkshop();
});

test.afterAll(async () => {
  await db?.$disconnect().catch(() => undefined);
  await server?.stop();
});

test("two participants build one chain at once; the order is shared and survives a restart", async ({ browser }) => {
  const kariContext = await participantContext(browser, 0);
  const olaContext = await participantContext(browser, 1);
  const kari = await kariContext.newPage();
  const ola = await olaContext.newPage();
  const editor = `${server.url}/w/${seed.workshopId}/chains`;
  await Promise.all([kari.goto(editor), ola.goto(editor)]);

  // The ranked area is suggested first; Kari starts the chain for it.
  await expect(kari.getByLabel("Satsningsområde")).toHaveValue(/.+/);
  await expect(kari.getByLabel("Satsningsområde").locator("option:checked")).toHaveText("Nr. 1: Rekruttere og beholde fastleger");
  await kari.getByRole("button", { name: "Start tiltakskjede" }).click();
  await expect(ola.getByRole("heading", { name: "Tiltakskjede: Rekruttere og beholde fastleger" })).toBeVisible();
  await kari.getByTestId("chain-goal").fill("Alle kommunene i regionen har nok fastleger innen 2028");

  // The link back to what motivated the chain.
  await ola.getByTestId("chain-background").locator("summary").click();
  await expect(ola.getByText("Turnusleger forsvinner etter ett år")).toBeVisible();

  const addAction = async (what: string) => {
    await kari.getByRole("button", { name: "Legg til tiltak" }).click();
    await expect(kari.getByTestId("action-what").last()).toBeFocused();
    await kari.keyboard.type(what);
  };
  await addAction("Kartlegge legedekningen");
  await addAction("Søke om felles rekrutteringsmidler");
  await addAction("Ansette rekrutteringskoordinator");
  await expect.poll(() => order(ola)).toEqual(["Kartlegge legedekningen", "Søke om felles rekrutteringsmidler", "Ansette rekrutteringskoordinator"]);

  // Ola moves the third action to the top by keyboard while Kari keeps adding.
  await ola.getByTestId("action-what").nth(2).focus();
  const kariAdds = addAction("Evaluere tiltaket etter ett år");
  await ola.keyboard.press("Alt+ArrowUp");
  await expect.poll(() => order(ola).then((o) => o.indexOf("Ansette rekrutteringskoordinator"))).toBe(1);
  await ola.keyboard.press("Alt+ArrowUp");
  await kariAdds;
  await kari.getByTestId("chain-goal").focus(); // blur: the last action's text is written now

  const expected = ["Ansette rekrutteringskoordinator", "Kartlegge legedekningen", "Søke om felles rekrutteringsmidler", "Evaluere tiltaket etter ett år"];
  await expect.poll(() => order(ola)).toEqual(expected);
  await expect.poll(() => order(kari)).toEqual(expected);
  await expect(ola.getByTestId("chain-announcer")).toContainText("flyttet til plass 1 av");
  await expect(kari.getByTestId("first-step")).toHaveText(/Første steg: Ansette rekrutteringskoordinator – ansvarlig ikke avklart ennå/);

  // Ola names who is responsible for the first step, choosing the organisation from the list.
  const first = ola.getByTestId("action-card").first();
  await first.getByLabel(/Ansvarlig person/).fill("Per Pettersen");
  await first.getByLabel(/Ansvarlig organisasjon/).fill("Bodø kommune");
  await first.getByLabel("Start").fill("2026-09-01");
  await first.getByLabel("Frist").fill("2026-08-01");
  await expect(first.getByText("Fristen kan ikke være før start.", { exact: false })).toBeVisible();
  await first.getByLabel("Frist").fill("2026-12-31");
  await expect(first.getByText("Fristen kan ikke være før start.", { exact: false })).toBeHidden();
  await first.getByLabel(/Hva skal gjøres/).focus();
  await expect(kari.getByTestId("first-step")).toHaveText(/ansvarlig Per Pettersen \(Bodø kommune\)/);

  for (const page of [kari, ola]) await expect(page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved");
  await kari.setViewportSize({ width: 1280, height: 720 });
  await kari.screenshot({ path: `${shots}/editor-nb-1280.png`, fullPage: false });
  await kari.setViewportSize({ width: 1920, height: 1080 });
  await kari.screenshot({ path: `${shots}/editor-nb-1920.png`, fullPage: true });
  await Promise.all([kariContext.close(), olaContext.close()]);

  // Restart on the same database and data directory; a fresh browser has no local copy.
  // The spec's own database connection would hold the SQLite file while the new server migrates.
  await db.$disconnect();
  await server.stop();
  server = await startServer({ databaseUrl: server.databaseUrl, dataDir: server.dataDir, env });
  const afterContext = await participantContext(browser, 1);
  const after = await afterContext.newPage();
  await after.goto(`${server.url}/w/${seed.workshopId}/chains`);
  await expect.poll(() => order(after)).toEqual(expected);
  await expect(after.getByTestId("chain-goal")).toHaveValue("Alle kommunene i regionen har nok fastleger innen 2028");
  await expect(after.getByTestId("first-step")).toHaveText(/ansvarlig Per Pettersen \(Bodø kommune\)/);
  const card = after.getByTestId("action-card").first();
  await expect(card.getByLabel("Start")).toHaveValue("2026-09-01");
  await expect(card.getByLabel("Frist")).toHaveValue("2026-12-31");
  await afterContext.close();
});

for (const locale of ["nb", "en"] as const) {
  test(`chain editor and facilitator overview have no serious axe violations (${locale})`, async ({ browser }) => {
    const participant = await participantContext(browser, 0, locale);
    const page = await participant.newPage();
    await page.goto(`${server.url}/w/${seed.workshopId}/chains`);
    await expect(page.getByTestId("action-card")).toHaveCount(4);
    await page.getByTestId("chain-background").locator("summary").click();
    await page.getByTestId("action-card").first().locator("details summary").click();
    expect(await seriousViolations(page)).toEqual([]);
    await participant.close();

    const facilitator = await facilitatorContext(browser, locale);
    const overview = await facilitator.newPage();
    await overview.goto(`${server.url}/workshops/${seed.workshopId}/chains`);
    await expect(overview.getByTestId("overview-chain")).toHaveCount(1);
    expect(await seriousViolations(overview)).toEqual([]);
    await overview.screenshot({ path: `${shots}/overview-${locale}-1280.png`, fullPage: true });
    await facilitator.close();
  });
}

test("the facilitator marks the chain final, projects it and prints it", async ({ browser }) => {
  const facilitator = await facilitatorContext(browser, "nb");
  const page = await facilitator.newPage();
  await page.goto(`${server.url}/workshops/${seed.workshopId}/chains`);
  const chain = page.getByTestId("overview-chain");
  await chain.getByRole("button", { name: "Merk som endelig" }).click();
  await expect(chain.getByText("✓ Endelig")).toBeVisible();
  await expect(page.locator("[data-save-state]").first()).toHaveAttribute("data-save-state", "saved");

  await chain.getByRole("link", { name: "Vis på storskjerm" }).click();
  await expect(page.getByTestId("projector-chain")).toHaveCount(1);
  await expect(page.getByTestId("projector-chain")).toContainText("Første steg: Ansette rekrutteringskoordinator");
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${shots}/projector-nb-1920.png` });

  await page.goto(`${server.url}/workshops/${seed.workshopId}/chains`);
  const printHref = await page.getByTestId("overview-chain").getByRole("link", { name: "Utskrift" }).getAttribute("href");
  await page.goto(`${server.url}${printHref}`);
  const rows = page.getByTestId("chain-print").locator("tbody tr");
  await expect(rows).toHaveCount(4);
  await expect(rows.first()).toContainText("Per Pettersen (Bodø kommune)");
  await expect(page.getByTestId("chain-print")).toContainText("✓ Endelig");
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: `${shots}/print-nb.png`, fullPage: true });
  await facilitator.close();
});

/** How many updates the page's offline copy of the board (y-indexeddb) holds: it grows as soon as an edit, local or remote, is applied to the page's document. */
async function storedUpdates(page: Page, boardId: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction("updates", "readonly").objectStore("updates").count();
          count.onerror = () => reject(count.error);
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
    `samla-board-${boardId}`,
  );
}

// The race behind a flaky run of the first test: Kari pressed «Legg til tiltak», Ola's reorder
// arrived before she let go and moved the button, the release landed on an action card, and the
// click (which the browser sends to what both press and release hit) never reached the button:
// no action was added and her typing went nowhere. Here the remote edit is forced to land between
// press and release, and the click must still add the action.
test("a reorder by someone else while a participant holds «Legg til tiltak» does not swallow the click", async ({ browser }) => {
  const own = await seedWorkshop();
  const contexts = await Promise.all([0, 1].map((index) => participantContext(browser, index, "nb", own)));
  const [kari, ola] = await Promise.all(contexts.map((c) => c.newPage()));
  const editor = `${server.url}/w/${own.workshopId}/chains`;
  await Promise.all([kari.goto(editor), ola.goto(editor)]);
  await kari.getByRole("button", { name: "Start tiltakskjede" }).click();
  for (const what of ["Kartlegge legedekningen", "Søke om felles rekrutteringsmidler", "Ansette rekrutteringskoordinator i en delt stilling mellom kommunene"]) {
    await kari.getByRole("button", { name: "Legg til tiltak" }).click();
    await expect(kari.getByTestId("action-what").last()).toBeFocused();
    await kari.keyboard.type(what);
  }
  await kari.getByTestId("chain-goal").focus();
  await expect.poll(() => order(ola)).toHaveLength(3);
  await expect(ola.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved");
  await expect(kari.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved");

  // Kari presses the button and holds it.
  const button = kari.getByRole("button", { name: "Legg til tiltak" });
  await button.scrollIntoViewIfNeeded();
  const box = (await button.boundingBox())!;
  await kari.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await kari.mouse.down();

  // Ola moves the long action to the top: the first step above the list changes, the cards swap.
  const before = await storedUpdates(kari, own.boardId);
  await ola.getByTestId("action-what").nth(2).focus();
  await ola.keyboard.press("Alt+ArrowUp");
  await ola.keyboard.press("Alt+ArrowUp");
  await expect.poll(() => order(ola).then((o) => o[0])).toBe("Ansette rekrutteringskoordinator i en delt stilling mellom kommunene");
  // Both moves are in Kari's document now; give her page the frames in which it would redraw.
  await expect.poll(() => storedUpdates(kari, own.boardId)).toBeGreaterThanOrEqual(before + 2);
  await kari.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)))));

  await kari.mouse.up();
  await expect(kari.getByTestId("action-what")).toHaveCount(4);
  await expect(kari.getByTestId("action-what").last()).toBeFocused();
  await kari.keyboard.type("Evaluere tiltaket etter ett år");
  await kari.getByTestId("chain-goal").focus();
  const expected = ["Ansette rekrutteringskoordinator i en delt stilling mellom kommunene", "Kartlegge legedekningen", "Søke om felles rekrutteringsmidler", "Evaluere tiltaket etter ett år"];
  await expect.poll(() => order(kari)).toEqual(expected);
  await expect.poll(() => order(ola)).toEqual(expected);
  await Promise.all(contexts.map((c) => c.close()));
});
