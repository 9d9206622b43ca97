// A points round in the browser: the facilitator opens one with the form (100 points each),
// two participants split their points by typing (0 allowed; more than the budget refused in
// words), the facilitator closes and reveals, and the results show each area's share of all
// points and how far apart the organisations were.
import { expect, test } from "@playwright/test";
import * as Y from "yjs";
import { io } from "socket.io-client";
import { createFocusArea } from "@/lib/board";
import { testDb } from "./board-fixtures";
import { expectNoSeriousViolations } from "./support/axe";
import { hydrated, newContext, signUpQuickly } from "./support/people";
import { shoot } from "./support/screens";

const areas = ["Psykisk helse", "Bolig for unge", "Skole og fritid"];

test("participants split 100 points each; the results show shares and the spread between organisations", async ({ browser, baseURL }) => {
  test.setTimeout(150_000);
  const facilitatorContext = await newContext(browser, baseURL!, { locale: "nb" });
  const facilitator = await facilitatorContext.newPage();
  await signUpQuickly(facilitator, { name: "Per Poeng", email: `poeng-${Date.now()}@example.no` });
  const created = await facilitator.request.post("/api/workshops", {
    data: { title: "Budsjettdialog", language: "nb", method: "whatMatters", organisations: [{ name: "Frosta kommune", sector: "kommune" }, { name: "St. Olavs hospital HF", sector: "helseforetak" }] },
  });
  expect(created.status()).toBe(201);
  const { workshop } = (await created.json()) as { workshop: { id: string; joinCode: string } };
  const db = testDb();
  const board = await db.board.findFirstOrThrow({ where: { workshopId: workshop.id, tableId: null } });
  const doc = new Y.Doc();
  areas.forEach((title, i) => createFocusArea(doc, { title, x: i * 500, y: 0 }));
  await db.boardUpdate.create({ data: { boardId: board.id, data: new Uint8Array(Y.encodeStateAsUpdate(doc)) } });
  const prioritising = await db.phase.findFirstOrThrow({ where: { workshopId: workshop.id, kind: "prioritising" } });
  const session = (await facilitatorContext.cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!.value;
  const socket = io(baseURL!, { path: "/socket.io", auth: { workshopId: workshop.id, token: session }, transports: ["websocket"] });
  expect(await socket.timeout(10_000).emitWithAck("phase:set", { phaseId: prioritising.id })).toMatchObject({ ok: true });
  socket.disconnect();

  const join = async (displayName: string, organisation: string, sector: string) => {
    const context = await newContext(browser, baseURL!, { locale: "nb" });
    const page = await context.newPage();
    const res = await page.request.post("/api/join", { data: { code: workshop.joinCode, displayName, organisation, sector } });
    expect(res.status()).toBe(201);
    await page.goto(((await res.json()) as { redirect: string }).redirect);
    return page;
  };
  const frosta = await join("Frida", "Frosta kommune", "kommune");
  const olav = await join("Olav", "St. Olavs hospital HF", "helseforetak");

  await facilitator.goto(`/workshops/${workshop.id}/vote`);
  await hydrated(facilitator, "form");
  await facilitator.getByRole("button", { name: "Velg alle på «Plenum»" }).click();
  await facilitator.getByRole("radio", { name: /^Poeng/ }).check();
  await expect(facilitator.getByLabel("Poeng per deltaker")).toHaveValue("100");
  await expect(facilitator.getByLabel("Maks prikker på ett område")).toHaveCount(0);
  // Named, so two voters' organisations may show (an anonymous round would pool them under K).
  await facilitator.getByLabel(/^Anonym avstemning/).uncheck();
  await facilitator.getByRole("button", { name: "Åpne avstemningen" }).click();
  await expect(facilitator.getByTestId("round-status")).toHaveText("Åpen");

  const give = async (page: typeof frosta, area: string, points: string) => {
    const field = page.getByTestId("points-item").filter({ hasText: area }).getByRole("spinbutton");
    await field.fill(points);
    await field.press("Enter");
  };
  await expect(frosta.getByTestId("points-left")).toHaveText("100 av 100 poeng igjen");
  await give(frosta, "Psykisk helse", "60");
  await expect(frosta.getByTestId("points-left")).toHaveText("40 av 100 poeng igjen");
  await give(frosta, "Bolig for unge", "40");
  await expect(frosta.getByTestId("points-left")).toHaveText("0 av 100 poeng igjen");
  await give(frosta, "Skole og fritid", "10");
  await expect(frosta.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Da ville du gitt bort flere poeng enn du har. Sett ned et annet område først.");
  await give(frosta, "Skole og fritid", "-3");
  await expect(frosta.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Poeng må være et helt tall fra 0 og oppover.");
  await expectNoSeriousViolations(frosta, "points ballot");
  await shoot(frosta, "points-participant");

  await give(olav, "Psykisk helse", "10");
  await give(olav, "Skole og fritid", "90");
  await expect(olav.getByTestId("points-left")).toHaveText("0 av 100 poeng igjen");

  await facilitator.getByRole("button", { name: "Lukk avstemningen" }).click();
  await facilitator.getByRole("button", { name: "Vis resultatet for alle" }).click();
  await expect(facilitator.getByText("100 poeng per deltaker, fri fordeling", { exact: false })).toBeVisible();
  await expect(facilitator.getByText("2 av 2 stemte, 200 poeng i alt.")).toBeVisible();
  const ranking = facilitator.getByTestId("vote-ranking-item");
  await expect(ranking.first()).toContainText("Skole og fritid");
  await expect(ranking.filter({ hasText: "Psykisk helse" }).getByTestId("vote-ranking-share")).toHaveText("70 poeng (35 %)");
  await expect(ranking.filter({ hasText: "Skole og fritid" }).getByTestId("vote-ranking-share")).toHaveText("90 poeng (45 %)");
  // Frosta gave Psykisk helse 60 % of its points, the hospital 10 %.
  await expect(ranking.filter({ hasText: "Psykisk helse" }).getByTestId("vote-ranking-spread")).toHaveText("Organisasjonene ga området mellom 10 % og 60 % av poengene sine.");
  await expect(frosta.getByTestId("vote-ranking-item").filter({ hasText: "Bolig for unge" }).getByTestId("vote-ranking-share")).toHaveText("40 poeng (20 %)");
  await shoot(facilitator, "points-results", { fullPage: true });
  await facilitatorContext.close();
});
