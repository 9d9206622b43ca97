// Universal design (WCAG 2.1 AA, the law for Norwegian public-sector services):
// - every page of a search conference, in nb and en, passes axe with no serious or critical
//   violation (landing to export, facilitator and participant, canvas and list, open vote and
//   results, chains, projector);
// - a participant does the whole path with the keyboard alone: join, write a note, move it into
//   a focus area, vote, add an action — with a visible focus indicator at every Tab stop;
// - reduced motion is respected: no animation or transition longer than 0.01 s.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./support/axe";
import { expectVisibleFocus, tabTo } from "./support/keyboard";
import { boardReady, hydrated, newContext, type Locale } from "./support/people";
import { boardsOf, goToPhase, participant, phaseTitles, prepareWorkshop, seatEveryone } from "./support/workshop";

const text = {
  nb: {
    connected: "Tilkoblet",
    list: "Liste",
    noteText: "Tekst på lappen",
    addNote: "Legg til lappen",
    areaName: "Navn på satsningsområdet",
    addArea: "Opprett satsningsområdet",
    moveTo: /Flytt til satsningsområde/,
    move: /^Flytt( |$)/,
    saved: "Lagret",
    selectAll: (board: string) => `Velg alle på «${board}»`,
    plenary: "Plenum",
    open: "Åpne avstemningen",
    close: "Lukk avstemningen",
    reveal: "Vis resultatet for alle",
    addDot: (title: string) => `Legg til prikk på «${title}»`,
    dotsLeft: (left: number, budget: number) => `Du har ${left} av ${budget} prikker igjen.`,
    followTarget: "Vis alle",
    followPlenary: "Plenumstavla",
    followMe: "Hent alle hit",
    startChain: "Start tiltakskjede",
    addAction: "Legg til tiltak",
    join: "Bli med",
    name: "Navnet ditt",
    organisation: "Organisasjon",
  },
  en: {
    connected: "Connected",
    list: "List",
    noteText: "Note text",
    addNote: "Add the note",
    areaName: "Focus area name",
    addArea: "Create the focus area",
    moveTo: /Move to focus area/,
    move: /^Move( |$)/,
    saved: "Saved",
    selectAll: (board: string) => `Choose all on “${board}”`,
    plenary: "Plenary",
    open: "Open the vote",
    close: "Close the vote",
    reveal: "Show the result to everyone",
    addDot: (title: string) => `Add a dot to “${title}”`,
    dotsLeft: (left: number, budget: number) => `You have ${left} of ${budget} dots left.`,
    followTarget: "Show everyone",
    followPlenary: "The plenary board",
    followMe: "Bring everyone here",
    startChain: "Start action chain",
    addAction: "Add action",
    join: "Join",
    name: "Your name",
    organisation: "Organisation",
  },
} as const;

const areaTitles = { nb: ["Rekruttering", "Møteplasser for ungdom"], en: ["Recruitment", "Meeting places for young people"] } as const;

/** Opens a page, waits for what shows it is ready, checks the language and runs axe. */
async function check(page: Page, locale: Locale, where: string, ready?: () => Promise<void>) {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  if (ready) await ready();
  await expectNoSeriousViolations(page, `${where} [${locale}]`);
}

async function visit(page: Page, path: string, locale: Locale, ready?: () => Promise<void>) {
  await page.goto(path);
  await check(page, locale, path, ready);
}

for (const locale of ["nb", "en"] as const) {
  test(`every page has no serious or critical axe violations (${locale})`, async ({ browser, baseURL }) => {
    test.setTimeout(240_000);
    const tx = text[locale];
    const phases = phaseTitles[locale];
    const { facilitatorContext, facilitator, workshop } = await prepareWorkshop(browser, baseURL!, { locale, admin: true, title: `Tilgjengelighet ${locale}` });
    const id = workshop.id;

    // Pages anyone sees
    const visitor = await (await newContext(browser, baseURL!, { locale })).newPage();
    for (const path of ["/", "/signin", "/signup", `/join/${workshop.joinCode}`, "/join/AB"]) await visit(visitor, path, locale);

    // The facilitator before the meeting
    for (const path of ["/dashboard", "/admin", "/workshops/new", `/workshops/${id}`, "/demo"]) await visit(facilitator, path, locale);

    // Participants join; the lobby and the run page
    const anne = await participant(browser, baseURL!, workshop, { name: "Anne Aske", organisation: "Aske kommune" }, { locale });
    const bjorn = await participant(browser, baseURL!, workshop, { name: "Bjørn Bjørk", organisation: "Helse Vest HF" }, { locale });
    await seatEveryone(facilitator, id, 1);
    await visit(anne.page, `/w/${id}`, locale, () => expect(anne.page.getByText(tx.connected)).toBeVisible());
    const run = facilitator;
    await visit(run, `/workshops/${id}/run`, locale, () => expect(run.getByText(tx.connected).first()).toBeVisible());

    // A table phase: the board as canvas and as list, for a participant and the facilitator
    await goToPhase(run, phases.future, locale);
    await boardReady(anne.page);
    await anne.page.getByTestId("board-canvas").focus();
    await anne.page.keyboard.press("n");
    await anne.page.getByRole("textbox", { name: tx.noteText }).fill(locale === "nb" ? "Alle har en fastlege" : "Everyone has a GP");
    await anne.page.keyboard.press("Escape");
    await expect(anne.page.getByRole("status").filter({ hasText: tx.saved })).toBeVisible();
    await check(anne.page, locale, "room: board canvas");
    await anne.page.getByRole("button", { name: tx.list, exact: true }).click();
    await check(anne.page, locale, "room: board list", () => expect(anne.page.getByTestId("board-list")).toBeVisible());
    const { plenary, tables } = await boardsOf(id);
    await visit(anne.page, `/w/${id}/boards/${tables[0].id}`, locale, () => boardReady(anne.page));
    await visit(facilitator, `/workshops/${id}/boards/${tables[0].id}`, locale, () => boardReady(facilitator));
    await facilitator.getByRole("button", { name: tx.list, exact: true }).click();
    await check(facilitator, locale, "facilitator board list", () => expect(facilitator.getByTestId("board-list")).toBeVisible());
    await visit(facilitator, `/present/${id}`, locale, () => expect(facilitator.getByTestId("present-phase")).toHaveText(phases.future));

    // Focus areas in plenary, made in the list view
    await run.goto(`/workshops/${id}/run`);
    await goToPhase(run, phases.focusAreas, locale);
    await anne.page.goto(`/w/${id}`);
    await boardReady(anne.page);
    await anne.page.getByRole("button", { name: tx.list, exact: true }).click();
    for (const area of areaTitles[locale]) {
      await anne.page.getByRole("textbox", { name: tx.areaName }).fill(area);
      await anne.page.getByRole("button", { name: tx.addArea }).click();
      await expect(anne.page.getByRole("region", { name: area })).toBeVisible();
    }
    await check(anne.page, locale, "room: plenary list with focus areas");

    // The vote: facilitator set-up, open round (participant and facilitator), results
    await goToPhase(run, phases.prioritising, locale);
    const vote = await facilitatorContext.newPage();
    await visit(vote, `/workshops/${id}/vote`, locale, () => expect(vote.getByRole("button", { name: tx.selectAll(tx.plenary) })).toBeVisible());
    await vote.getByRole("button", { name: tx.selectAll(tx.plenary) }).click();
    await vote.getByRole("button", { name: tx.open }).click();
    await check(vote, locale, "vote: open round (facilitator)", () => expect(vote.getByTestId("current-round")).toBeVisible());
    for (const p of [anne.page, bjorn.page]) {
      await p.goto(`/w/${id}`);
      await p.getByRole("button", { name: tx.addDot(areaTitles[locale][0]) }).click();
      await expect(p.getByTestId("dots-left")).toHaveText(tx.dotsLeft(4, 5));
    }
    await check(anne.page, locale, "vote: open round (participant)");
    await vote.getByRole("button", { name: tx.close }).click();
    await vote.getByRole("button", { name: tx.reveal }).click();
    await check(vote, locale, "vote: results (facilitator)", () => expect(vote.getByTestId("vote-ranking")).toBeVisible());
    await check(anne.page, locale, "vote: results (participant)", () => expect(anne.page.getByTestId("vote-ranking")).toBeVisible());
    const projector = await facilitatorContext.newPage();
    await visit(projector, `/present/${id}`, locale, () => expect(projector.getByTestId("present-phase")).toHaveText(phases.prioritising));

    // Action chains: in the room (on the plenary board, where the ranked areas are), on the
    // chain page, the facilitator's overview, its projector view, then the export page
    await goToPhase(run, phases.chains, locale);
    await run.getByLabel(tx.followTarget, { exact: true }).selectOption({ label: tx.followPlenary });
    await run.getByRole("button", { name: tx.followMe }).click();
    await expect(anne.page.getByTestId("chain-workspace")).toHaveAttribute("data-board-id", plenary.id);
    await anne.page.getByRole("button", { name: tx.startChain }).click();
    await anne.page.getByRole("button", { name: tx.addAction }).click();
    await expect(anne.page.getByTestId("action-what").last()).toBeFocused();
    await anne.page.keyboard.type(locale === "nb" ? "Kartlegge behovet" : "Map the need");
    await anne.page.getByTestId("chain-goal").focus();
    await expect(anne.page.locator("[data-save-state]").first()).toHaveAttribute("data-save-state", "saved");
    await check(anne.page, locale, "room: action chains");
    await visit(bjorn.page, `/w/${id}/chains?board=${plenary.id}`, locale, () => expect(bjorn.page.getByTestId("action-card")).toHaveCount(1));
    await visit(facilitator, `/workshops/${id}/chains`, locale, () => expect(facilitator.getByTestId("overview-chain")).toHaveCount(1));
    await visit(facilitator, `/workshops/${id}/chains/present`, locale, () => expect(facilitator.getByTestId("projector-chain")).toHaveCount(1));
    await visit(facilitator, `/workshops/${id}/export`, locale);

    for (const context of [facilitatorContext, anne.context, bjorn.context, visitor.context()]) await context.close();
  });
}

test("a participant does the whole path with the keyboard alone, with visible focus at every stop", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const tx = text.nb;
  const phases = phaseTitles.nb;
  const { facilitatorContext, facilitator: run, workshop } = await prepareWorkshop(browser, baseURL!, { title: "Tastatur hele veien" });
  const id = workshop.id;
  // someone else is in the room too, so the vote has more than one voter
  const other = await participant(browser, baseURL!, workshop, { name: "Bjørn Bjørk", organisation: "Bjørk kommune" });

  // Join: typed address, then only the keyboard
  const context = await newContext(browser, baseURL!, { locale: "nb" });
  const page = await context.newPage();
  await page.goto(`/join/${workshop.joinCode}`);
  await hydrated(page, "main form");
  await tabTo(page, page.getByRole("textbox", { name: tx.name }));
  await page.keyboard.type("Kari Keyboard");
  await tabTo(page, page.getByRole("combobox", { name: tx.organisation }), 5);
  await page.keyboard.press("ArrowDown"); // the first organisation in the list
  await expect(page.getByRole("combobox", { name: tx.organisation }).locator("option:checked")).toHaveText("Aske kommune");
  await tabTo(page, page.getByRole("button", { name: tx.join }), 10);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/w\/[^/]+$/);
  await expect(page.getByText(tx.connected)).toBeVisible();

  // The facilitator seats everyone and starts the focus-area phase (their mouse is not under test)
  await seatEveryone(run, id, 1);
  await run.goto(`/workshops/${id}/run`);
  await goToPhase(run, phases.focusAreas);
  await expect(page.getByTestId("phase-title")).toHaveText(phases.focusAreas);
  await boardReady(page);

  // Write a note in the list view
  await tabTo(page, page.getByRole("button", { name: tx.list, exact: true }), 80);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("board-list")).toBeVisible();
  await tabTo(page, page.getByRole("textbox", { name: tx.noteText }));
  await page.keyboard.type("Felles vikarpool for sykepleiere");
  await tabTo(page, page.getByRole("button", { name: tx.addNote }), 6);
  await page.keyboard.press("Enter");
  const note = page.locator("li[data-list-note-id]", { hasText: "Felles vikarpool for sykepleiere" });
  await expect(note).toBeVisible();

  // Two focus areas (a vote needs at least two), then move the note into the first
  for (const area of areaTitles.nb) {
    await tabTo(page, page.getByRole("textbox", { name: tx.areaName }));
    await page.keyboard.type(area);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("region", { name: area })).toBeVisible();
  }
  const picker = page.locator("li[data-list-note-id]", { hasText: "Felles vikarpool for sykepleiere" }).getByRole("combobox", { name: tx.moveTo });
  await tabTo(page, picker, 80);
  await page.keyboard.press("ArrowDown");
  await expect(picker.locator("option:checked")).toHaveText(areaTitles.nb[0]);
  await page.keyboard.press("Tab");
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: areaTitles.nb[0] }).locator("li[data-list-note-id]", { hasText: "Felles vikarpool for sykepleiere" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: tx.saved })).toBeVisible();

  // Vote
  await goToPhase(run, phases.prioritising);
  const vote = await facilitatorContext.newPage();
  await vote.goto(`/workshops/${id}/vote`);
  await vote.getByRole("button", { name: tx.selectAll(tx.plenary) }).click();
  await vote.getByRole("button", { name: tx.open }).click();
  const addDot = page.getByRole("button", { name: tx.addDot(areaTitles.nb[0]) });
  await expect(addDot).toBeVisible();
  await tabTo(page, addDot, 80);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("dots-left")).toHaveText(tx.dotsLeft(4, 5));
  await expect(addDot).toBeFocused(); // focus stays where the person is
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("dots-left")).toHaveText(tx.dotsLeft(3, 5));
  await other.page.goto(`/w/${id}`);
  await other.page.getByRole("button", { name: tx.addDot(areaTitles.nb[1]) }).click();
  await expect(other.page.getByTestId("dots-left")).toHaveText(tx.dotsLeft(4, 5));
  await vote.getByRole("button", { name: tx.close }).click();
  await vote.getByRole("button", { name: tx.reveal }).click();
  await expect(page.getByTestId("vote-ranking-title").first()).toHaveText(areaTitles.nb[0]);

  // Add an action to a chain for the winning area
  await goToPhase(run, phases.chains);
  await run.getByLabel(tx.followTarget, { exact: true }).selectOption({ label: tx.followPlenary });
  await run.getByRole("button", { name: tx.followMe }).click();
  const start = page.getByRole("button", { name: tx.startChain });
  await expect(start).toBeVisible();
  await expect(page.getByLabel("Satsningsområde", { exact: true }).locator("option:checked")).toHaveText(`Nr. 1: ${areaTitles.nb[0]}`);
  await tabTo(page, start, 80);
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByTestId("chain-goal"), 80);
  await page.keyboard.type("Nok sykepleiere i alle kommunene innen 2028");
  await tabTo(page, page.getByRole("button", { name: tx.addAction }), 80);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("action-what").last()).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type("Opprette en felles vikarpool");
  await page.keyboard.press("Tab"); // leaving the field saves it
  await expect(page.locator("[data-save-state]").first()).toHaveAttribute("data-save-state", "saved");

  // It is on the server: the facilitator's overview shows the chain with the action
  const overview = await facilitatorContext.newPage();
  await overview.goto(`/workshops/${id}/chains`);
  await expect(overview.getByTestId("overview-chain")).toContainText("Opprette en felles vikarpool");
  await expect(overview.getByTestId("overview-chain")).toContainText("Nok sykepleiere i alle kommunene innen 2028");

  for (const c of [context, other.context, facilitatorContext]) await c.close();
});

test("the first Tab stops of the main pages all show a visible focus indicator", async ({ browser, baseURL }) => {
  const { facilitatorContext, facilitator, workshop } = await prepareWorkshop(browser, baseURL!, { title: "Synlig fokus" });
  const visitor = await (await newContext(browser, baseURL!)).newPage();
  const pages: [Page, string][] = [
    [visitor, "/"],
    [visitor, "/signin"],
    [visitor, `/join/${workshop.joinCode}`],
    [facilitator, "/dashboard"],
    [facilitator, `/workshops/${workshop.id}`],
    [facilitator, `/workshops/${workshop.id}/run`],
    [facilitator, `/workshops/${workshop.id}/export`],
  ];
  for (const [page, path] of pages) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const seen = new Set<string>();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press("Tab");
      const where = await page.evaluate(() => (document.activeElement && document.activeElement !== document.body ? document.activeElement.outerHTML.slice(0, 80) : ""));
      if (!where) continue;
      if (seen.has(where) && seen.size > 3) break; // wrapped around
      seen.add(where);
      await expectVisibleFocus(page);
    }
    expect(seen.size, `Tab reaches something on ${path}`).toBeGreaterThan(1);
  }
  await facilitatorContext.close();
  await visitor.context().close();
});

/** Every element's longest running animation or transition, in seconds, on the page now. */
async function longestMotion(page: Page) {
  return page.evaluate(() => {
    const seconds = (list: string) => Math.max(0, ...list.split(",").map((v) => (v.trim().endsWith("ms") ? parseFloat(v) / 1000 : parseFloat(v))));
    let longest = { seconds: 0, what: "" };
    for (const el of Array.from(document.querySelectorAll("*"))) {
      for (const pseudo of [null, "::before", "::after"]) {
        const s = getComputedStyle(el, pseudo);
        const animated = s.animationName !== "none" ? seconds(s.animationDuration) : 0;
        const transition = s.transitionProperty !== "none" ? seconds(s.transitionDuration) : 0;
        const m = Math.max(animated, transition);
        if (m > longest.seconds) longest = { seconds: m, what: `${el.tagName.toLowerCase()}.${(el as HTMLElement).className}`.slice(0, 120) + (pseudo ?? "") };
      }
    }
    const running = document.getAnimations().filter((a) => a.playState === "running" && Number(a.effect?.getComputedTiming().duration ?? 0) > 10);
    return { longest, running: running.length };
  });
}

test("reduced motion: no animation or transition longer than 0.01 s when the person asks for less motion", async ({ browser, baseURL }) => {
  const { facilitatorContext, facilitator, workshop } = await prepareWorkshop(browser, baseURL!, { title: "Rolig skjerm" });
  const calm = await participant(browser, baseURL!, workshop, { name: "Rolf Rolig", organisation: "Aske kommune" }, { reducedMotion: "reduce" });
  const usual = await participant(browser, baseURL!, workshop, { name: "Vera Vanlig", organisation: "Bjørk kommune" });
  await seatEveryone(facilitator, workshop.id, 1);
  await facilitator.goto(`/workshops/${workshop.id}/run`);
  await goToPhase(facilitator, phaseTitles.nb.future);

  // A probe with a 1 s transition and animation, as any future component might have: without
  // the preference it keeps its 1 s (so the measurement can fail) …
  const addProbe = (page: Page) =>
    page.evaluate(() => {
      const probe = document.createElement("div");
      probe.id = "motion-probe";
      probe.style.cssText = "transition: opacity 1s ease; animation: motion-probe 1s infinite; width: 10px; height: 10px";
      const style = document.createElement("style");
      style.textContent = "@keyframes motion-probe { from { opacity: 1 } to { opacity: .5 } }";
      document.head.append(style);
      document.body.append(probe);
    });
  await usual.page.goto(`/w/${workshop.id}`);
  await boardReady(usual.page);
  await addProbe(usual.page);
  expect((await longestMotion(usual.page)).longest.seconds).toBeGreaterThanOrEqual(1);

  // With the preference, nothing moves for longer than 0.01 s, on any of these pages
  const calmPages = [`/w/${workshop.id}`, "/", `/join/${workshop.joinCode}`, `/w/${workshop.id}/chains`];
  for (const path of calmPages) {
    await calm.page.goto(path);
    if (path === `/w/${workshop.id}`) {
      await boardReady(calm.page);
      await calm.page.getByTestId("board-canvas").focus();
      await calm.page.keyboard.press("n");
      await calm.page.keyboard.type("Rolig lapp");
      await calm.page.keyboard.press("Escape");
    }
    await calm.page.waitForLoadState("networkidle");
    await addProbe(calm.page); // … and with it, the app's reduced-motion rule shortens it too
    const motion = await longestMotion(calm.page);
    expect(motion.longest.seconds, `${path}: ${motion.longest.what}`).toBeLessThanOrEqual(0.01);
    expect(motion.running, `${path}: running animations`).toBe(0);
  }
  const reducedFacilitator = await newContext(browser, baseURL!, { reducedMotion: "reduce" });
  // the facilitator's pages too (same session cookies)
  await reducedFacilitator.addCookies(await facilitatorContext.cookies());
  const f = await reducedFacilitator.newPage();
  for (const path of ["/dashboard", `/workshops/${workshop.id}`, `/workshops/${workshop.id}/run`, `/present/${workshop.id}`]) {
    await f.goto(path);
    await f.waitForLoadState("networkidle");
    await addProbe(f);
    const motion = await longestMotion(f);
    expect(motion.longest.seconds, `${path}: ${motion.longest.what}`).toBeLessThanOrEqual(0.01);
  }
  for (const c of [facilitatorContext, calm.context, usual.context, reducedFacilitator]) await c.close();
});
