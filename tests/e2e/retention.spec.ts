// Retention as people meet it: a participant sees the privacy notice (what is stored, who sees
// it, when it is deleted) on the join page in bokmål and English; the administrator sees on
// /admin what will be deleted when, and changes the default period. A participant who asks to
// be forgotten, themselves or through the facilitator, leaves no name on the list or the boards.
import { expect, test } from "@playwright/test";
import { deletionDate } from "../../lib/domain/retention";
import { testDb } from "./board-fixtures";
import { createNetworkLog } from "./support/network";
import { notesOnServer, writeNote } from "./support/notes";
import { boardReady, newContext } from "./support/people";
import { shoot } from "./support/screens";
import { boardsOf, goToPhase, organisations, participant, phaseTitles, prepareWorkshop, seatEveryone } from "./support/workshop";

test("the join page's privacy notice and the admin's deletion schedule", async ({ browser, baseURL }) => {
  // An administrator whichever spec ran first (the first account on a server is the admin).
  const { facilitatorContext: admin, facilitator: page, workshop } = await prepareWorkshop(browser, baseURL!, { admin: true, title: "Oppvekst i Værnes-regionen" });
  const network = createNetworkLog();
  network.watch(admin, "admin");
  // Nine months ago: inside the default 12 months, past a 6-month default. Relative to today, so
  // the spec means the same next year.
  const nineMonthsAgo = new Date();
  nineMonthsAgo.setUTCMonth(nineMonthsAgo.getUTCMonth() - 9, 1);
  const date = nineMonthsAgo.toISOString().slice(0, 10);
  const dated = await page.request.patch(`/api/workshops/${workshop.id}`, { data: { date } });
  expect(dated.status()).toBe(200);
  const deleteOn = (months: number, locale: string, dateStyle: "long" | "medium") =>
    new Intl.DateTimeFormat(locale, { dateStyle, timeZone: "Europe/Oslo" }).format(deletionDate({ date, createdAt: new Date(), retentionMonths: null }, months));

  for (const locale of ["nb", "en"] as const) {
    const visitor = await newContext(browser, baseURL!, { locale });
    network.watch(visitor, `participant-${locale}`);
    const join = await visitor.newPage();
    await join.goto(`/join/${workshop.joinCode}`);
    const notice = join.getByRole("region", { name: locale === "nb" ? "Personvern" : "Privacy" });
    await expect(notice).toBeVisible();
    // 12 months after its date, the default.
    await expect(notice).toContainText(locale === "nb" ? `Alt slettes ${deleteOn(12, "nb-NO", "long")}.` : new RegExp(`Everything is deleted on (${deleteOn(12, "en-GB", "long")}|${deleteOn(12, "en-US", "long")})\\.`));
    await expect(notice).toContainText(locale === "nb" ? "be om å bli glemt" : "ask to be forgotten");
    if (locale === "nb") await shoot(join, "join-privacy", { fullPage: true });
    await visitor.close();
  }

  await page.goto("/admin");
  const section = page.getByRole("region", { name: "Sletting av verksteder" });
  const row = section.getByRole("row", { name: /Oppvekst i Værnes-regionen/ });
  await expect(row).toContainText(deleteOn(12, "nb-NO", "medium"));
  await expect(row).toContainText("12 måneder");
  await section.getByLabel("Oppbevaringstid (måneder)").fill("6");
  await section.getByRole("button", { name: "Lagre" }).click();
  await expect(section.getByRole("status")).toHaveText("Lagret: verksteder beholdes 6 måneder etter datoen.");
  // Already past that day: the next hourly sweep deletes it, and the page says so.
  await expect(row).toContainText(deleteOn(6, "nb-NO", "medium"));
  await expect(row).toContainText("ved neste gjennomgang");
  await expect(row).toContainText("0 deltakere, 1 tavle, 0 avstemninger");
  await shoot(page, "admin-retention", { fullPage: true });
  expect(network.cspViolations).toEqual([]);
  // The default is the whole server's: back to 12 months, so no later spec's dated workshop is swept.
  await section.getByLabel("Oppbevaringstid (måneder)").fill("12");
  await section.getByRole("button", { name: "Lagre" }).click();
  await expect(section.getByRole("status")).toHaveText("Lagret: verksteder beholdes 12 måneder etter datoen.");
  await admin.close();
});

test("an archive of a meeting two years ago is imported only with a retention period that keeps it", async ({ browser, baseURL }) => {
  const { facilitatorContext, facilitator: page, workshop } = await prepareWorkshop(browser, baseURL!, { title: "Helse i Innherred" });
  const archive = await (await page.request.get(`/api/workshops/${workshop.id}/export/json`)).json();
  const twoYearsAgo = new Date();
  twoYearsAgo.setUTCFullYear(twoYearsAgo.getUTCFullYear() - 2);
  const old = { ...archive, workshop: { ...archive.workshop, title: "Helse i Innherred, fra arkivet", date: twoYearsAgo.toISOString().slice(0, 10), retentionMonths: null } };
  const upload = { name: "helse-innherred-samla-arkiv.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(old)) };

  await page.goto(`/workshops/${workshop.id}/export`);
  await page.getByLabel("Arkivfil").setInputFiles(upload);
  await page.getByRole("button", { name: "Importer", exact: true }).click();
  const outcome = page.getByRole("status").filter({ hasText: /Import/ });
  await expect(outcome).toContainText("med en oppbevaringstid på 12 måneder skulle samlingen vært slettet");
  await expect(outcome).toContainText("Ingenting er importert");
  expect(await testDb().workshop.count({ where: { title: old.workshop.title } })).toBe(0);

  await page.getByLabel(/Oppbevaringstid for den nye samlingen/).fill("60");
  await page.getByRole("button", { name: "Importer", exact: true }).click();
  await expect(outcome).toContainText("Importert som ny samling.");
  await shoot(page, "archive-import-retention", { fullPage: true });
  await outcome.getByRole("link", { name: "Åpne den nye samlingen" }).click();
  await expect(page.getByRole("heading", { name: old.workshop.title, level: 1 })).toBeVisible();
  await expect(page.getByLabel("Oppbevaringstid (måneder)")).toHaveValue("60");
  await facilitatorContext.close();
});

test("a participant asks to be forgotten from their own laptop, another through the facilitator: the names leave the list and the stored board", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const { facilitator: run, workshop } = await prepareWorkshop(browser, baseURL!, { title: "Glemt i Værnes" });
  const kari = await participant(browser, baseURL!, workshop, { name: "Kari Glemsk", organisation: organisations[0] });
  const ola = await participant(browser, baseURL!, workshop, { name: "Ola Glemsk", organisation: organisations[1] });
  const per = await participant(browser, baseURL!, workshop, { name: "Per Blir", organisation: organisations[2] });
  await seatEveryone(run, workshop.id, 1);
  await run.goto(`/workshops/${workshop.id}/run`);
  await goToPhase(run, phaseTitles.nb.future);
  for (const [who, text] of [[kari, "Kari skriver om skolehelse"], [ola, "Ola skriver om bussruter"], [per, "Per skriver om fritid"]] as const) {
    await who.page.goto(`/w/${workshop.id}`);
    await boardReady(who.page);
    await writeNote(who.page, text);
  }
  const { tables } = await boardsOf(workshop.id);
  await expect.poll(async () => (await notesOnServer(testDb(), tables[0].id)).length).toBe(3);

  // Kari, from her own laptop: «Endre navn» holds what is stored about her, and «Glem meg».
  kari.page.once("dialog", (dialog) => dialog.accept());
  await kari.page.getByRole("button", { name: "Endre navn" }).first().click();
  // The panel opens over the board: the compact header keeps its place and nothing scrolls sideways.
  await expect(kari.page.getByRole("button", { name: "Glem meg" })).toBeInViewport();
  expect(await kari.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expect(kari.page.getByTestId("board-canvas")).toBeInViewport();
  await shoot(kari.page, "profile-forget-me-1280x720");
  await kari.page.getByRole("button", { name: "Glem meg" }).click();
  await expect(kari.page.getByRole("heading", { name: "Du er glemt" })).toBeVisible();

  // Ola, through the facilitator's participant list.
  await run.reload();
  const list = run.getByRole("region", { name: /Deltakere/ });
  await expect(list).toContainText("Ola Glemsk");
  await expect(list).not.toContainText("Kari Glemsk");
  run.once("dialog", (dialog) => dialog.accept());
  await list.getByRole("button", { name: "Glem Ola Glemsk" }).click();
  await expect(run.getByText("Deltakeren er glemt: navnet er fjernet.")).toBeVisible();
  await expect(list).not.toContainText("Ola Glemsk");
  await expect(list).toContainText("Per Blir");

  // The notes stay, written by nobody named; Per's name stays; the stored board has neither name.
  await expect.poll(async () => (await notesOnServer(testDb(), tables[0].id)).sort()).toEqual(["Kari skriver om skolehelse", "Ola skriver om bussruter", "Per skriver om fritid"]);
  const stored = (await testDb().boardUpdate.findMany({ where: { boardId: tables[0].id } })).map((u) => Buffer.from(u.data).toString("latin1")).join("");
  expect(stored).not.toContain("Glemsk");
  expect(stored).toContain("Per Blir");
  await per.page.reload();
  await boardReady(per.page);
  await expect(per.page.locator("article", { hasText: "Kari skriver om skolehelse" })).toBeVisible();
  await expect(per.page.getByText("Glemsk")).toHaveCount(0);
  for (const who of [kari, ola, per]) await who.context.close();
});
