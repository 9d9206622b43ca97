// A prepared search conference for the sweep specs (accessibility, language, layout): a
// facilitator signed in, a workshop from the template, participants joined with the code
// and seated, and the facilitator's run page to move between phases. The steps that are the
// subject of these specs happen through the pages; the set-up steps use the same HTTP API
// the pages use.
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { testDb } from "../board-fixtures";
import { createWorkshopQuickly, joinQuickly, newContext, signUpQuickly, type CreatedWorkshop, type Locale } from "./people";

export const organisations = ["Aske kommune", "Bjørk kommune", "Helse Vest HF", "Vestland fylkeskommune"];

export interface Prepared {
  facilitatorContext: BrowserContext;
  facilitator: Page;
  workshop: CreatedWorkshop;
  email: string;
}

let counter = 0;

/** A facilitator (made administrator, so /admin can be checked too) with a fresh workshop. */
export async function prepareWorkshop(browser: Browser, baseURL: string, options: { locale?: Locale; title?: string; admin?: boolean; viewport?: { width: number; height: number } } = {}): Promise<Prepared> {
  const facilitatorContext = await newContext(browser, baseURL, { locale: options.locale, viewport: options.viewport });
  const facilitator = await facilitatorContext.newPage();
  const email = `fasilitator-${Date.now()}-${counter++}@example.no`;
  await signUpQuickly(facilitator, { name: "Frida Fasilitator", email });
  // The first account on a server becomes administrator; these specs may not be first.
  if (options.admin) await testDb().user.update({ where: { email }, data: { role: "admin" } });
  const workshop = await createWorkshopQuickly(facilitator, options.title ?? "Folkehelse i Vesterdalen", organisations, options.locale ?? "nb");
  return { facilitatorContext, facilitator, workshop, email };
}

/** A participant in their own browser context, joined with the workshop's code. */
export async function participant(browser: Browser, baseURL: string, workshop: CreatedWorkshop, who: { name: string; organisation: string }, options: { locale?: Locale; viewport?: { width: number; height: number }; reducedMotion?: "reduce" } = {}) {
  const context = await newContext(browser, baseURL, options);
  const page = await context.newPage();
  await joinQuickly(page, workshop.joinCode, who);
  return { context, page };
}

/** Seats everyone at `tableCount` mixed tables (the tables panel does the same request). */
export async function seatEveryone(facilitator: Page, workshopId: string, tableCount = 1) {
  const assigned = await facilitator.request.post(`/api/workshops/${workshopId}/tables`, { data: { op: "assign", mode: "mixed", tableCount } });
  expect(assigned.ok(), await assigned.text()).toBe(true);
}

/** Moves the room to a phase with the run page's "go to the phase" button. */
export async function goToPhase(run: Page, title: string, locale: Locale = "nb") {
  await run.getByRole("button", { name: locale === "nb" ? `Gå til fasen ${title}` : `Go to the phase ${title}` }).click();
  await expect(run.locator("li[aria-current=step]")).toContainText(title);
}

export const phaseTitles: Record<Locale, Record<"future" | "obstacles" | "focusAreas" | "prioritising" | "chains" | "summary", string>> = {
  nb: { future: "Ønsket framtid", obstacles: "Hindringer og utfordringer", focusAreas: "Satsningsområder", prioritising: "Prioritering", chains: "Tiltakskjeder", summary: "Oppsummering" },
  en: { future: "Desired future", obstacles: "Obstacles and challenges", focusAreas: "Focus areas", prioritising: "Prioritising", chains: "Action chains", summary: "Summary" },
};

/** The workshop's plenary board and the boards of its tables. */
export async function boardsOf(workshopId: string) {
  const boards = await testDb().board.findMany({ where: { workshopId }, orderBy: { createdAt: "asc" } });
  return { plenary: boards.find((b) => b.tableId === null)!, tables: boards.filter((b) => b.tableId !== null) };
}
