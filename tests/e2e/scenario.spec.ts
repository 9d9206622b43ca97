// A whole search conference (søkekonferanse), end to end in real Chromium on the real server:
// a facilitator signs up and creates the workshop from the template with a pasted list of
// municipalities; six participants from six organisations join with the code, each in their
// own browser context; they are seated at mixed tables, write notes on the future image and the
// obstacles and group their notes into focus areas at their tables; the facilitator gathers the
// tables' focus areas in plenary, where duplicates are merged; a hidden vote is closed and
// revealed; the facilitator sends the top two areas back to the tables, and each table builds
// the action chain for the area it received; the organiser exports the Word report and the
// spreadsheet and the test reads both. Every request any browser makes is recorded, and none
// may leave the app's own origin; no page may trip the Content-Security-Policy. Key screens
// are attached (and copied to docs/screenshots/ with SAMLA_README_SCREENSHOTS=1).
import fs from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { expect, test, type Page } from "@playwright/test";
import { createNetworkLog } from "./support/network";
import { boardReady, joinWithCode, newContext, signUpWithForm } from "./support/people";
import { shoot } from "./support/screens";

const title = "Folkehelse i Trondheimsregionen 2030";
const municipalities = ["Trondheim kommune", "Malvik kommune", "Melhus kommune", "Skaun kommune", "Orkland kommune", "Frøya kommune"];
const others = ["St. Olavs hospital HF", "Trøndelag fylkeskommune", "Frivilligsentralen Malvik"];

const areas = { recruit: "Rekruttering av fagfolk", youth: "Møteplasser for ungdom", digital: "Digitale helsetjenester" } as const;
type AreaKey = keyof typeof areas;

interface Person {
  name: string;
  organisation: string;
  future: string;
  obstacle: string;
  /** the focus area their table puts their obstacle note in */
  area: AreaKey;
  /** dots: the vote is made so the order is recruit (12) > youth (10) > digital (8) */
  dots: Record<AreaKey, number>;
}

const people: Person[] = [
  { name: "Kari Nordmann", organisation: "Trondheim kommune", future: "Alle har en fastlege de kjenner", obstacle: "Fastleger slutter etter få år", area: "recruit", dots: { recruit: 2, youth: 2, digital: 1 } },
  { name: "Ola Hansen", organisation: "Malvik kommune", future: "Ungdom har steder å være om kvelden", obstacle: "Fritidsklubben er stengt i helgene", area: "youth", dots: { recruit: 2, youth: 2, digital: 1 } },
  { name: "Ingrid Berg", organisation: "Melhus kommune", future: "Sykepleiere vil jobbe hos oss", obstacle: "Lønn og turnus taper mot byen", area: "recruit", dots: { recruit: 2, youth: 2, digital: 1 } },
  { name: "Ahmed Yusuf", organisation: "St. Olavs hospital HF", future: "Pasienten forteller historien sin én gang", obstacle: "Journalsystemene snakker ikke sammen", area: "digital", dots: { recruit: 2, youth: 2, digital: 1 } },
  { name: "Siri Dahl", organisation: "Trøndelag fylkeskommune", future: "Lærlinger i helsefag blir i regionen", obstacle: "For få læreplasser i helse", area: "recruit", dots: { recruit: 2, youth: 1, digital: 2 } },
  { name: "Per Olsen", organisation: "Frivilligsentralen Malvik", future: "Frivillige og kommunen planlegger sammen", obstacle: "Ungdom og frivillige finner ikke hverandre", area: "youth", dots: { recruit: 2, youth: 1, digital: 2 } },
];

/** Visible text of a DOCX body: the runs of word/document.xml joined per paragraph. */
function docxText(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .join("\n")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

function sheetText(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    rows.push(values.map((v) => (v === null || v === undefined ? "" : typeof v === "object" && "text" in (v as object) ? String((v as { text: unknown }).text) : String(v))));
  });
  return rows;
}

/** Writes one note on the canvas with the keyboard shortcut and waits until the server has it. */
async function writeNote(page: Page, text: string) {
  await boardReady(page);
  await page.getByTestId("board-canvas").focus();
  await page.keyboard.press("n");
  await page.getByRole("textbox", { name: "Tekst på lappen" }).fill(text);
  await page.keyboard.press("Escape");
  await expect(page.locator("article", { hasText: text })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Lagret" })).toBeVisible();
}

test("a whole search conference: sign-up, template, six organisations, tables, notes, focus areas, hidden vote, action chains, Word and spreadsheet", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const network = createNetworkLog();

  // ── The facilitator signs up and creates the workshop from the template ──────────────────
  const facilitatorContext = await newContext(browser, baseURL!);
  network.watch(facilitatorContext, "facilitator");
  const facilitator = await facilitatorContext.newPage();
  await signUpWithForm(facilitator, { name: "Marte Prosessleder", email: "marte@trondheimsregionen.example.no" });
  await facilitator.getByRole("link", { name: "Ny samling" }).click();
  await expect(facilitator.getByRole("heading", { name: "Ny samling", level: 1 })).toBeVisible();
  await facilitator.getByLabel("Tittel").fill(title);
  await facilitator.getByLabel("Dato").fill("2026-03-12");
  // Kept ten years, so the fixed date stays inside its retention whenever the suite runs.
  await facilitator.getByLabel("Oppbevaringstid (måneder)").fill("120");
  await facilitator.getByLabel("Sted").fill("Stjørdal");
  await facilitator.getByRole("radio", { name: /Søkekonferanse/ }).check();
  await facilitator.getByLabel("Lim inn organisasjoner, én per linje").fill([...municipalities, ...others].join("\n"));
  await facilitator.getByRole("button", { name: "Legg til fra lista" }).click();
  await expect(facilitator.getByRole("combobox", { name: "Sektor for Frøya kommune" })).toHaveValue("kommune");
  await expect(facilitator.getByRole("combobox", { name: "Sektor for St. Olavs hospital HF" })).toHaveValue("helseforetak");
  await facilitator.getByRole("button", { name: "Opprett samlingen" }).click();
  await expect(facilitator.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  const workshopId = facilitator.url().match(/\/workshops\/([^/?#]+)/)![1];
  const code = facilitator.getByText(/^[ACEFHKMNPRTWXY3479]{3}-[ACEFHKMNPRTWXY3479]{3}$/);
  const joinCode = (await code.textContent())!.replace("-", "");
  // the template's phases, in order
  for (const [i, phase] of ["Ønsket framtid", "Hindringer og utfordringer", "Satsningsområder", "Prioritering", "Tiltakskjeder", "Oppsummering"].entries()) {
    await expect(facilitator.getByRole("heading", { name: `${i + 1}. ${phase}` })).toBeVisible();
  }
  await shoot(facilitator, "scenario-setup");

  // ── Six participants from six organisations join with the code ───────────────────────────
  const participants: { person: Person; page: Page }[] = [];
  for (const person of people) {
    const context = await newContext(browser, baseURL!);
    network.watch(context, person.name);
    participants.push({ person, page: await joinWithCode(context, joinCode, person) });
  }
  for (const { page } of participants) await expect(page.getByRole("heading", { name: "Velkommen! Vi starter snart" })).toBeVisible();

  // ── Automatic mixed tables ───────────────────────────────────────────────────────────────
  await facilitator.reload();
  await expect(facilitator.getByText("6 deltakere", { exact: false }).first()).toBeVisible();
  await facilitator.getByRole("radio", { name: /Blandet/ }).check();
  await facilitator.getByRole("radio", { name: "Velg antall bord" }).check();
  await facilitator.getByRole("spinbutton", { name: "Antall bord" }).fill("2");
  await facilitator.getByRole("button", { name: "Fordel deltakerne" }).click();
  await expect(facilitator.getByRole("status").filter({ hasText: "Deltakerne er fordelt på 2 bord (størrelser: 3, 3)." })).toBeVisible();
  const tableOf = new Map<string, string>();
  for (const { person, page } of participants) {
    await expect(page.getByTestId("my-table")).toHaveText(/Ditt bord: /);
    tableOf.set(person.name, (await page.getByTestId("my-table").textContent())!.replace(/^Ditt bord: /, ""));
  }
  const tableNames = [...new Set(tableOf.values())].sort();
  expect(tableNames).toHaveLength(2);
  // mixed: the three municipalities are not all seated together
  const municipalTables = new Set(people.filter((p) => p.organisation.endsWith("kommune")).map((p) => tableOf.get(p.name)));
  expect(municipalTables.size).toBe(2);
  const atTable = (table: string) => participants.filter(({ person }) => tableOf.get(person.name) === table);

  // ── Phase 1: the desired future, on each table's board ───────────────────────────────────
  const run = await facilitatorContext.newPage();
  await run.goto(`/workshops/${workshopId}/run`);
  await expect(run.getByTestId("presence-total")).toHaveText("6 av 6 deltakere er pålogget.");
  await run.getByRole("button", { name: /Start første fase/ }).click();
  for (const { page } of participants) await expect(page.getByTestId("phase-title")).toHaveText("Ønsket framtid");
  await run.getByRole("button", { name: "10 min", exact: true }).click();
  for (const { person, page } of participants) await writeNote(page, person.future);
  // table-mates see each other's notes, the other table's notes stay on their own board
  for (const table of tableNames) {
    const [first, ...mates] = atTable(table);
    for (const mate of mates) await expect(first.page.locator("article", { hasText: mate.person.future })).toContainText(mate.person.organisation);
    const stranger = participants.find(({ person }) => tableOf.get(person.name) !== table)!;
    await expect(first.page.locator("article", { hasText: stranger.person.future })).toHaveCount(0);
  }
  await shoot(participants[0].page, "scenario-board-future");
  await shoot(run, "scenario-run", { fullPage: true });

  // ── Phase 2: obstacles, grouped into focus areas at each table ───────────────────────────
  await run.getByRole("button", { name: /Neste fase/ }).click();
  for (const { page } of participants) await expect(page.getByTestId("phase-title")).toHaveText("Hindringer og utfordringer");
  for (const { person, page } of participants) await writeNote(page, person.obstacle);
  const areaKeys = Object.keys(areas) as AreaKey[];
  /** The focus areas a table names: the themes of its members' obstacles. */
  const areasAt = (table: string) => areaKeys.filter((key) => atTable(table).some(({ person }) => person.area === key));
  /** How many of a table's (or everyone's) obstacle notes belong to an area. */
  const notesIn = (key: AreaKey, who = participants) => who.filter(({ person }) => person.area === key).length;
  /** An area's frame on the canvas; `from`: the table a gathered area came from (shown on the frame). */
  const areaButton = (page: Page, key: AreaKey, notes: number, from?: string) =>
    page.getByRole("button", { name: new RegExp(`^Satsningsområde ${areas[key]}, [^,]+, ${notes === 1 ? "én lapp" : `${notes} lapper`}${from ? `, fra ${from}` : ""}$`) });
  for (const table of tableNames) {
    // one person per table groups the table's notes in the list view; a table-mate sees it on the canvas
    const [clusterer, mate] = atTable(table).map(({ page }) => page);
    await clusterer.getByRole("button", { name: "Liste", exact: true }).click();
    await expect(clusterer.getByTestId("board-list")).toBeVisible();
    for (const key of areasAt(table)) {
      await clusterer.getByRole("textbox", { name: "Navn på satsningsområdet" }).fill(areas[key]);
      await clusterer.getByRole("button", { name: "Opprett satsningsområdet" }).click();
      await expect(clusterer.getByRole("region", { name: areas[key] })).toBeVisible();
    }
    for (const { person } of atTable(table)) {
      const note = clusterer.locator("li[data-list-note-id]", { hasText: person.obstacle });
      await note.getByRole("combobox", { name: /Flytt til satsningsområde/ }).selectOption({ label: areas[person.area] });
      await note.getByRole("button", { name: /^Flytt( |$)/ }).click();
      await expect(clusterer.getByRole("region", { name: areas[person.area] }).locator("li[data-list-note-id]", { hasText: person.obstacle })).toBeVisible();
    }
    await expect(clusterer.getByRole("status").filter({ hasText: "Lagret" })).toBeVisible();
    for (const key of areasAt(table)) await expect(areaButton(mate, key, notesIn(key, atTable(table)))).toBeVisible();
  }
  await shoot(atTable(tableNames[0])[1].page, "scenario-table-focus-areas");

  // ── Phase 3: the facilitator gathers the tables' focus areas in plenary ──────────────────
  await run.getByRole("button", { name: /Neste fase/ }).click();
  for (const { person, page } of participants) {
    await expect(page.getByTestId("phase-title")).toHaveText("Satsningsområder");
    await boardReady(page);
    // one board for everyone now, empty until the facilitator gathers: the table notes are not on it
    await expect(page.locator("article", { hasText: person.obstacle })).toHaveCount(0);
  }
  const gathered = tableNames.reduce((sum, table) => sum + areasAt(table).length, 0);
  await run.getByRole("button", { name: "Samle i plenum" }).click();
  await expect(run.getByRole("status").filter({ hasText: `${gathered} satsningsområder kopiert til plenum (0 var der fra før).` })).toBeVisible();
  // the participants see every table's areas arrive, with their notes and where they came from, without reloading
  for (const { page } of participants) {
    for (const table of tableNames) {
      for (const key of areasAt(table)) await expect(areaButton(page, key, notesIn(key, atTable(table)), table)).toBeVisible();
    }
  }
  // Ahmed zooms out to see the whole gathered board: every table's notes are on it
  const ahmed = participants[3].page;
  await ahmed.getByRole("button", { name: "Vis alt" }).click();
  for (const { person } of participants) await expect(ahmed.locator("article", { hasText: person.obstacle })).toBeVisible();
  await shoot(ahmed, "scenario-plenary-gathered");
  // The plenary merges the areas two tables both named: Kari does it in the list view.
  const kari = participants[0].page;
  await kari.getByRole("button", { name: "Liste", exact: true }).click();
  await expect(kari.getByTestId("board-list")).toBeVisible();
  /** The table whose copy of an area the others are merged into: the first table that named it. */
  const keptFrom = (key: AreaKey) => tableNames.find((table) => areasAt(table).includes(key))!;
  for (const key of areaKeys) {
    const named = (table: string) => `${areas[key]} (fra ${table})`;
    for (const table of tableNames.filter((t) => t !== keptFrom(key) && areasAt(t).includes(key))) {
      const copy = kari.getByRole("region", { name: named(table), exact: true });
      await copy.getByText(`Endre «${named(table)}»`).click();
      await copy.getByRole("combobox", { name: `Slå «${named(table)}» sammen med` }).selectOption({ label: named(keptFrom(key)) });
      await copy.getByRole("button", { name: "Slå sammen" }).click();
      await expect(copy).toHaveCount(0);
    }
    await expect(kari.getByRole("region", { name: named(keptFrom(key)), exact: true }).locator("li[data-list-note-id]")).toHaveCount(notesIn(key));
  }
  await expect(kari.getByRole("status").filter({ hasText: "Lagret" })).toBeVisible();
  // everyone else sees one area per theme, holding every table's notes on it
  await expect(ahmed.getByRole("button", { name: /^Satsningsområde / })).toHaveCount(areaKeys.length);
  for (const key of areaKeys) await expect(areaButton(ahmed, key, notesIn(key), keptFrom(key))).toBeVisible();
  await shoot(kari, "scenario-focus-areas-list");
  await ahmed.getByRole("button", { name: "Vis alt" }).click();
  for (const { person } of participants) await expect(ahmed.locator("article", { hasText: person.obstacle })).toBeVisible();
  await shoot(ahmed, "scenario-focus-areas-canvas");

  // ── Phase 4: a hidden vote, closed and revealed ──────────────────────────────────────────
  await run.getByRole("button", { name: /Neste fase/ }).click();
  for (const { page } of participants) await expect(page.getByTestId("voting-waiting")).toBeVisible();
  const vote = await facilitatorContext.newPage();
  await vote.goto(`/workshops/${workshopId}/vote`);
  await vote.getByRole("button", { name: /Velg alle på «Plenum»/ }).click();
  await expect(vote.getByText("3 valgt")).toBeVisible();
  await expect(vote.getByRole("radio", { name: "Skjult til jeg viser resultatet" })).toBeChecked();
  await vote.getByRole("button", { name: "Åpne avstemningen" }).click();
  await expect(vote.getByTestId("round-status")).toHaveText("Åpen");

  for (const { person, page } of participants) {
    await expect(page.getByTestId("vote-item")).toHaveCount(3);
    await expect(page.getByText("Ingen ser hvordan de andre har stemt før prosesslederen viser resultatet.")).toBeVisible();
    let left = 5;
    for (const key of Object.keys(areas) as AreaKey[]) {
      for (let i = 0; i < person.dots[key]; i++) {
        await page.getByRole("button", { name: `Legg til prikk på «${areas[key]}»` }).click();
        left -= 1;
        await expect(page.getByTestId("dots-left")).toHaveText(left > 0 ? `Du har ${left} av 5 prikker igjen.` : /Du har brukt alle prikkene dine/);
      }
    }
    // hidden: no running totals on a participant's screen
    await expect(page.getByText(/Totalt så langt/)).toHaveCount(0);
  }
  await shoot(participants[1].page, "scenario-vote-participant");
  await expect(vote.getByText("6 av 6 har stemt").first()).toBeVisible();
  await vote.getByRole("button", { name: "Lukk avstemningen" }).click();
  for (const { page } of participants) await expect(page.getByText("Avstemningen er lukket. Resultatet vises når prosesslederen viser det.")).toBeVisible();
  // closed but not revealed: still no results for participants
  await expect(participants[0].page.getByTestId("vote-ranking")).toHaveCount(0);
  await vote.getByRole("button", { name: "Vis resultatet for alle" }).click();
  await expect(vote.getByText("Rangeringen er skrevet til satsningsområdene på tavlene.")).toBeVisible();
  const expectedRanking = [areas.recruit, areas.youth, areas.digital];
  for (const { page } of participants) {
    await expect(page.getByTestId("vote-ranking-title")).toHaveText(expectedRanking);
  }
  await expect(participants[2].page.getByTestId("vote-ranking-item").first()).toContainText("1. plass");
  await expect(participants[2].page.getByTestId("vote-ranking-item").first()).toContainText("12 prikker");
  await expect(participants[2].page.getByTestId("vote-ranking-item").nth(1)).toContainText("10 prikker");
  await shoot(participants[2].page, "scenario-vote-results");
  await shoot(vote, "scenario-vote-facilitator", { fullPage: true });

  const projector = await facilitatorContext.newPage();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.goto(`/present/${workshopId}`);
  await expect(projector.getByTestId("present-phase")).toHaveText("Prioritering");
  await expect(projector.getByText(areas.recruit).first()).toBeVisible();
  await shoot(projector, "scenario-projector-results");

  // ── Phase 5: the top two areas go back to the tables, each table builds a chain ──────────
  await run.bringToFront();
  await run.getByRole("button", { name: /Neste fase/ }).click();
  for (const { page } of participants) await expect(page.getByTestId("phase-title")).toHaveText("Tiltakskjeder");
  const rankedOption = (page: Page) => page.getByLabel("Satsningsområde", { exact: true }).locator("option", { hasText: /^Nr\. \d+: / });
  // back at their tables, before anything is sent: only the table's own, unranked areas
  for (const table of tableNames) {
    const page = atTable(table)[0].page;
    await expect(page.getByTestId("chain-workspace")).toBeVisible();
    await expect(page.getByLabel("Satsningsområde", { exact: true }).locator("option")).toHaveCount(areasAt(table).length + 1);
    await expect(rankedOption(page)).toHaveCount(0);
  }
  // the facilitator sends the top two, one per table (the defaults)
  await expect(run.getByRole("spinbutton", { name: "Hvor mange" })).toHaveValue("2");
  await expect(run.getByRole("radio", { name: "Fordel: ett satsningsområde per bord etter tur" })).toBeChecked();
  await run.getByRole("button", { name: "Send til bordene" }).click();
  await expect(run.getByRole("status").filter({ hasText: "2 satsningsområder valgt: 2 kopier sendt til 2 bord (0 var der fra før)." })).toBeVisible();
  // what the facilitator announces to the room: which table works on which area
  await expect(run.getByTestId("sent-to-tables").getByRole("listitem")).toHaveText([`${tableNames[0]}: ${areas.recruit}`, `${tableNames[1]}: ${areas.youth}`]);
  await run.getByTestId("send-top-areas").scrollIntoViewIfNeeded();
  await shoot(run, "scenario-run-sent");
  const chainWork = [
    { table: tableNames[0], rank: 1, area: areas.recruit, goal: "Alle kommunene i regionen har nok fastleger og sykepleiere innen 2028", actions: [["Kartlegge behovet for fagfolk i hver kommune", "Kari Nordmann", "Trondheim kommune"], ["Opprette et felles rekrutteringsteam", "Siri Dahl", "Trøndelag fylkeskommune"]] },
    { table: tableNames[1], rank: 2, area: areas.youth, goal: "Alle unge i regionen har en møteplass i nærheten innen 2027", actions: [["Åpne skolene for ungdom to kvelder i uka", "Ola Hansen", "Malvik kommune"], ["Starte et ungdomsråd i hver kommune", "Per Olsen", "Frivilligsentralen Malvik"]] },
  ] as const;
  for (const work of chainWork) {
    const page = atTable(work.table)[0].page;
    await expect(page.getByTestId("chain-workspace")).toBeVisible();
    const areaSelect = page.getByLabel("Satsningsområde", { exact: true });
    // the area this table was sent arrives live, ranked and chosen; the other table's does not
    await expect(areaSelect.locator("option:checked")).toHaveText(`Nr. ${work.rank}: ${work.area}`);
    await expect(rankedOption(page)).toHaveText([`Nr. ${work.rank}: ${work.area}`]);
    if (work.rank === 1) {
      await areaSelect.scrollIntoViewIfNeeded();
      await shoot(page, "scenario-table-received");
    }
    await page.getByRole("button", { name: "Start tiltakskjede" }).click();
    await expect(page.getByRole("heading", { name: `Tiltakskjede: ${work.area}` })).toBeVisible();
    await page.getByTestId("chain-goal").fill(work.goal);
    for (const [what, who, organisation] of work.actions) {
      await page.getByRole("button", { name: "Legg til tiltak" }).click();
      await expect(page.getByTestId("action-what").last()).toBeFocused();
      await page.keyboard.type(what);
      const card = page.getByTestId("action-card").last();
      await card.getByLabel(/Ansvarlig person/).fill(who);
      await card.getByLabel(/Ansvarlig organisasjon/).fill(organisation);
      await card.getByLabel("Frist").fill("2026-12-31");
      await page.getByTestId("chain-goal").focus(); // blur commits the last field
    }
    await expect(page.getByTestId("first-step")).toContainText(`Første steg: ${work.actions[0][0]}`);
    await expect(page.locator("[data-save-state]").first()).toHaveAttribute("data-save-state", "saved");
  }
  const chainPage = atTable(tableNames[0])[0].page;
  await chainPage.getByTestId("chain-workspace").getByRole("heading", { level: 2 }).scrollIntoViewIfNeeded();
  await chainPage.evaluate(() => window.scrollBy(0, document.querySelector("[data-testid=chain-workspace]")!.getBoundingClientRect().top - 8));
  await shoot(chainPage, "scenario-chain-editor");
  const overview = await facilitatorContext.newPage();
  await overview.goto(`/workshops/${workshopId}/chains`);
  await expect(overview.getByTestId("overview-chain")).toHaveCount(2);
  await expect(overview.getByTestId("overview-chain").first()).toContainText(chainWork[0].goal);
  await shoot(overview, "scenario-chains-overview", { fullPage: true });

  // ── The organiser exports the Word report and the spreadsheet ────────────────────────────
  const exportPage = await facilitatorContext.newPage();
  await exportPage.goto(`/workshops/${workshopId}/export`);
  await expect(exportPage.getByRole("heading", { name: "Eksport og arkiv", level: 1 })).toBeVisible();
  await shoot(exportPage, "scenario-export", { fullPage: true });
  const download = async (link: string) => {
    const [file] = await Promise.all([exportPage.waitForEvent("download"), exportPage.getByRole("link", { name: link }).click()]);
    expect(await file.failure()).toBeNull();
    return { name: file.suggestedFilename(), body: fs.readFileSync((await file.path())!) };
  };
  const docxFile = await download("Last ned Word-rapport (.docx)");
  expect(docxFile.name).toMatch(/\.docx$/);
  const docx = await JSZip.loadAsync(docxFile.body);
  const documentXml = await docx.file("word/document.xml")!.async("string");
  const report = docxText(documentXml);
  await test.info().attach("report.txt", { body: report, contentType: "text/plain" });
  expect(report).toContain(title);
  expect(report).toContain("Søkekonferanse");
  for (const { organisation } of people) expect(report).toContain(organisation);
  for (const area of Object.values(areas)) expect(report).toContain(area);
  for (const work of chainWork) {
    expect(report).toContain(work.goal);
    for (const [what, who] of work.actions) {
      expect(report).toContain(what);
      expect(report).toContain(who);
    }
  }
  // the prioritised areas come in the voting order
  expect(report.indexOf(areas.recruit)).toBeLessThan(report.indexOf(areas.digital));
  // Word headings are real heading styles (navigation pane, table of contents)
  expect(documentXml).toMatch(/<w:pStyle w:val="Heading1"\/>/);

  const xlsxFile = await download("Last ned regneark (.xlsx)");
  expect(xlsxFile.name).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsxFile.body as unknown as ArrayBuffer);
  const sheets = new Map(workbook.worksheets.map((ws) => [ws.name, sheetText(ws)]));
  expect([...sheets.keys()]).toEqual(expect.arrayContaining(["Lapper", "Satsningsområder", "Stemmer", "Tiltakskjeder", "Deltakere"]));
  const cells = (name: string) => sheets.get(name)!.flat().join("\n");
  // every note of every phase and board is in the spreadsheet, with its organisation
  for (const person of people) {
    for (const text of [person.future, person.obstacle]) expect(cells("Lapper")).toContain(text);
    const row = sheets.get("Lapper")!.find((r) => r.includes(person.obstacle))!;
    expect(row).toContain(person.organisation);
  }
  for (const area of Object.values(areas)) expect(cells("Satsningsområder")).toContain(area);
  const votesFor = (area: string) => sheets.get("Stemmer")!.find((r) => r.includes(area));
  expect(votesFor(areas.recruit), cells("Stemmer")).toBeDefined();
  expect(votesFor(areas.recruit)).toContain("12");
  expect(votesFor(areas.youth)).toContain("10");
  expect(votesFor(areas.digital)).toContain("8");
  for (const work of chainWork) {
    expect(cells("Tiltakskjeder")).toContain(work.goal);
    for (const [what, who, organisation] of work.actions) {
      const row = sheets.get("Tiltakskjeder")!.find((r) => r.includes(what));
      expect(row, `chain row for ${what}`).toBeDefined();
      expect(row!.join(" ")).toContain(who);
      expect(row!.join(" ")).toContain(organisation);
    }
  }
  expect(sheets.get("Deltakere")!.length).toBeGreaterThanOrEqual(people.length + 1);

  // ── Self-hosting: nothing went anywhere but the app's own origin ────────────────────────
  expect(network.urls.length).toBeGreaterThan(100);
  expect(network.urls.some((u) => u.url.startsWith("ws"))).toBe(true);
  expect(network.foreign(baseURL!)).toEqual([]);
  // The Content-Security-Policy held through the whole scenario without refusing anything.
  expect(network.cspViolations).toEqual([]);
  await test.info().attach("requests.txt", { body: network.urls.map((u) => `${u.who}\t${u.url}`).join("\n"), contentType: "text/plain" });

  for (const context of browser.contexts()) await context.close();
});
