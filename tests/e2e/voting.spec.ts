// Three participants vote in their own browsers (one by keyboard only), the facilitator
// closes and reveals, and everyone — facilitator included — sees the same ranking.
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { io } from "socket.io-client";
import * as Y from "yjs";
import { createFocusArea } from "@/lib/board";
import { createDb } from "@/server/platform/db/client";

const password = "et langt og trygt passord";
const areas = ["Psykisk helse", "Bolig for unge", "Skole og fritid", "Arbeid og inkludering"];
const shots = path.join(process.cwd(), "test-results", "voting-screens");

async function newPage(browser: Browser, baseURL: string, viewport = { width: 1280, height: 720 }) {
  const context = await browser.newContext({ baseURL, locale: "nb-NO", viewport });
  return context.newPage();
}

async function join(browser: Browser, baseURL: string, code: string, displayName: string, organisation: string, sector: string): Promise<Page> {
  const page = await newPage(browser, baseURL);
  const res = await page.request.post("/api/join", { data: { code, displayName, organisation, sector } });
  expect(res.status()).toBe(201);
  await page.goto(((await res.json()) as { redirect: string }).redirect);
  return page;
}

async function shoot(page: Page, name: string) {
  for (const viewport of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: path.join(shots, `${name}-${viewport.width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function rankingOf(page: Page) {
  await expect(page.getByTestId("vote-ranking")).toBeVisible();
  return page.getByTestId("vote-ranking-item").allInnerTexts();
}

test("three participants vote, one by keyboard; the facilitator closes and reveals; all see the same ranking", async ({ page: facilitator, browser, baseURL }) => {
  test.setTimeout(180_000);
  // Facilitator signs up and creates a search conference.
  await facilitator.goto("/signup");
  await facilitator.getByLabel("Navn").fill("Vera Voteleder");
  await facilitator.getByLabel("E-post").fill("vera@example.no");
  await facilitator.getByLabel("Passord").fill(password);
  await facilitator.getByRole("button", { name: "Opprett konto" }).click();
  await expect(facilitator).toHaveURL(/\/dashboard$/);
  const created = await facilitator.request.post("/api/workshops", {
    data: { title: "Folkehelse 2030", language: "nb", method: "searchConference", organisations: [{ name: "Trondheim kommune", sector: "kommune" }, { name: "St. Olavs hospital HF", sector: "helseforetak" }] },
  });
  expect(created.status()).toBe(201);
  const { workshop } = (await created.json()) as { workshop: { id: string; joinCode: string } };
  const detail = (await (await facilitator.request.get(`/api/workshops/${workshop.id}`)).json()) as { workshop: { phases: { id: string; kind: string }[] } };

  // The focus areas the tables agreed on, on the plenary board (as the board phase leaves them).
  const db = createDb(`file:${path.join(process.env.E2E_DATA_DIR!, "samla.db")}`);
  const board = await db.board.findFirstOrThrow({ where: { workshopId: workshop.id, tableId: null } });
  const doc = new Y.Doc();
  areas.forEach((title, i) => createFocusArea(doc, { title, x: i * 500, y: 0 }));
  await db.boardUpdate.create({ data: { boardId: board.id, data: Buffer.from(Y.encodeStateAsUpdate(doc)) } });
  await db.$disconnect();

  // Move the room to the prioritising phase.
  const cookies = await facilitator.context().cookies();
  const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"))!.value;
  const socket = io(baseURL!, { path: "/socket.io", auth: { workshopId: workshop.id, token: session }, transports: ["websocket"] });
  const phase = detail.workshop.phases.find((p) => p.kind === "prioritising")!;
  expect(await socket.timeout(10_000).emitWithAck("phase:set", { phaseId: phase.id })).toMatchObject({ ok: true });
  socket.disconnect();

  const [anne, bjorn, cecilie] = [
    await join(browser, baseURL!, workshop.joinCode, "Anne", "Trondheim kommune", "kommune"),
    await join(browser, baseURL!, workshop.joinCode, "Bjørn", "St. Olavs hospital HF", "helseforetak"),
    await join(browser, baseURL!, workshop.joinCode, "Cecilie", "Trondheim kommune", "kommune"),
  ];
  await expect(anne.getByTestId("voting-waiting")).toBeVisible();

  // The facilitator opens a hidden, anonymous round on all four areas.
  await facilitator.goto(`/workshops/${workshop.id}/vote`);
  await facilitator.getByRole("button", { name: "Velg alle på «Plenum»" }).click();
  await facilitator.getByLabel("Prikker per deltaker").fill("3");
  await facilitator.getByLabel("Maks prikker på ett område").fill("2");
  await shoot(facilitator, "facilitator-setup");
  await facilitator.getByRole("button", { name: "Åpne avstemningen" }).click();
  await expect(facilitator.getByTestId("round-status")).toHaveText("Åpen");
  await expect(facilitator.getByTestId("vote-progress")).toHaveText("0 av 3 har stemt");

  // Anne clicks.
  await expect(anne.getByTestId("dots-left")).toHaveText("Du har 3 av 3 prikker igjen.");
  await anne.getByRole("button", { name: "Legg til prikk på «Psykisk helse»" }).click();
  await expect(anne.getByTestId("dots-left")).toHaveText("Du har 2 av 3 prikker igjen.");
  await anne.getByRole("button", { name: "Legg til prikk på «Psykisk helse»" }).click();
  // The button is aria-disabled at the cap but still answers, with the reason in words.
  await expect(anne.getByRole("button", { name: "Legg til prikk på «Psykisk helse»" })).toHaveAttribute("aria-disabled", "true");
  await anne.getByRole("button", { name: "Legg til prikk på «Psykisk helse»" }).click({ force: true });
  await expect(anne.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Du har allerede gitt dette området så mange prikker som er lov.");
  await anne.getByRole("button", { name: "Legg til prikk på «Bolig for unge»" }).click();
  await expect(anne.getByTestId("dots-left")).toHaveText("Du har brukt alle prikkene dine. Fjern en prikk hvis du vil flytte den.");
  await shoot(anne, "participant-voting");

  // Bjørn uses only the keyboard: Tab to a button, Enter / Space to press it.
  async function pressByKeyboard(name: string, key: "Enter" | " ") {
    for (let i = 0; i < 40; i++) {
      await bjorn.keyboard.press("Tab");
      const focused = await bjorn.evaluate(() => document.activeElement?.getAttribute("aria-label"));
      if (focused === name) return bjorn.keyboard.press(key);
    }
    throw new Error(`could not reach ${name} by keyboard`);
  }
  await pressByKeyboard("Legg til prikk på «Bolig for unge»", "Enter");
  await expect(bjorn.getByTestId("dots-left")).toHaveText("Du har 2 av 3 prikker igjen.");
  await bjorn.keyboard.press("Enter"); // focus stays on the button: a second dot
  await expect(bjorn.getByTestId("dots-left")).toHaveText("Du har 1 av 3 prikker igjen.");
  await pressByKeyboard("Legg til prikk på «Skole og fritid»", " ");
  await expect(bjorn.getByTestId("dots-left")).toHaveText("Du har brukt alle prikkene dine. Fjern en prikk hvis du vil flytte den.");
  // Changing one's mind by keyboard: Shift+Tab back to "remove" on Skole, then a dot on Arbeid.
  await bjorn.keyboard.press("Shift+Tab");
  expect(await bjorn.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Fjern prikk fra «Skole og fritid»");
  await bjorn.keyboard.press("Enter");
  await expect(bjorn.getByTestId("dots-left")).toHaveText("Du har 1 av 3 prikker igjen.");
  await pressByKeyboard("Legg til prikk på «Arbeid og inkludering»", "Enter");
  await expect(bjorn.getByTestId("dots-left")).toHaveText("Du har brukt alle prikkene dine. Fjern en prikk hvis du vil flytte den.");

  // Cecilie.
  await cecilie.getByRole("button", { name: "Legg til prikk på «Bolig for unge»" }).click();
  await cecilie.getByRole("button", { name: "Legg til prikk på «Psykisk helse»" }).click();
  await expect(cecilie.getByTestId("dots-left")).toHaveText("Du har 1 av 3 prikker igjen.");
  await cecilie.getByRole("button", { name: "Legg til prikk på «Skole og fritid»" }).click();
  await expect(cecilie.getByTestId("dots-left")).toHaveText("Du har brukt alle prikkene dine. Fjern en prikk hvis du vil flytte den.");

  // Hidden round: participants see no totals; the facilitator sees progress and the tally.
  await expect(anne.getByText(/Totalt så langt/)).toHaveCount(0);
  await expect(facilitator.getByTestId("vote-progress")).toHaveText("3 av 3 har stemt");
  await shoot(facilitator, "facilitator-running");

  const axe = await new AxeBuilder({ page: bjorn }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  await facilitator.getByRole("button", { name: "Lukk avstemningen" }).click();
  await expect(anne.getByText("Avstemningen er lukket. Resultatet vises når prosesslederen viser det.")).toBeVisible();
  await expect(anne.getByRole("button", { name: /Legg til prikk/ })).toHaveCount(0);
  await facilitator.getByRole("button", { name: "Vis resultatet for alle" }).click();
  await expect(facilitator.getByText("Rangeringen er skrevet til satsningsområdene på tavlene.")).toBeVisible();

  const expected = await rankingOf(facilitator);
  expect(expected[0]).toMatch(/^1\. plass: Bolig for unge\s+4 prikker/);
  expect(expected[1]).toMatch(/^2\. plass: Psykisk helse\s+3 prikker/);
  expect(expected[2]).toMatch(/^Delt 3\. plass: Skole og fritid\s+1 prikk/);
  expect(expected[3]).toMatch(/^Delt 3\. plass: Arbeid og inkludering\s+1 prikk/);
  for (const participant of [anne, bjorn, cecilie]) expect(await rankingOf(participant)).toEqual(expected);
  await expect(facilitator.getByRole("table", { name: "Fordeling etter organisasjon" })).toBeVisible();
  await shoot(facilitator, "facilitator-results");
  await shoot(bjorn, "participant-results");
});
