// A facilitator prepares a search conference in the browser: creates it from the template
// with a pasted list of municipalities, sees the join code, edits and reorders phases by
// keyboard, and the pages pass axe in both languages. Screenshots land in test-results/.
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { deletionDate } from "../../lib/domain/retention";

const password = "et langt og trygt passord";
const municipalities = ["Trondheim kommune", "Malvik kommune", "Melhus kommune", "Skaun kommune", "Orkland kommune", "Frøya kommune"];

async function signUp(page: Page, email: string) {
  // Wait for hydration: a click before it would submit the form natively.
  await page.goto("/signup", { waitUntil: "networkidle" });
  await page.getByLabel("Navn").fill("Siv Søkekonferanse");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Opprett konto" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** Today, or the same day `years` away, as a date field takes it. */
function isoDay(years: number): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

/** The day a workshop on `date` is deleted after `months`, as the form writes it in Norwegian. */
function longDate(date: string, months: number): string {
  const d = deletionDate({ date, createdAt: new Date(), retentionMonths: months }, 12);
  return new Intl.DateTimeFormat("nb-NO", { dateStyle: "long", timeZone: "Europe/Oslo" }).format(d);
}

/** Our alerts, not Next's route announcer (which also has role=alert). */
const alert = (page: Page) => page.locator("[role=alert]:not(#__next-route-announcer__)");

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious, JSON.stringify(serious.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })), null, 1)).toEqual([]);
}

async function shoot(page: Page, name: string) {
  for (const [w, h] of [[1280, 720], [1920, 1080]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `test-results/screens/workshop-setup/${name}-${w}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("facilitator creates a search conference from the template, sees the join code and edits a phase", async ({ page }) => {
  await signUp(page, "siv@example.no");
  await page.getByRole("link", { name: "Ny samling" }).click();
  await expect(page.getByRole("heading", { name: "Ny samling", level: 1 })).toBeVisible();

  // Submitting empty shows the field error and keeps us on the form.
  await page.getByRole("button", { name: "Opprett samlingen" }).click();
  await expect(alert(page)).toContainText("Noe må rettes");
  await expect(page.getByText("Må fylles ut.")).toBeVisible();

  await page.getByLabel("Tittel").fill("Folkehelse i Midt-regionen");
  // Dates relative to today, so the spec means the same next year.
  await page.getByLabel("Dato").fill(isoDay(0));
  const retention = page.getByLabel("Oppbevaringstid (måneder)");
  await expect(retention).toHaveAccessibleDescription(`Tomt: serverens standard, 12 måneder. Samlingen slettes med alt i den (deltakere, lapper, stemmer) ${longDate(isoDay(0), 12)}.`);
  // A meeting entered long after the fact: the default period has run out, and the form says so
  // before the hourly sweep could delete it; a longer period of its own keeps it.
  const twoYearsAgo = isoDay(-2);
  await page.getByLabel("Dato").fill(twoYearsAgo);
  await expect(retention).toHaveAttribute("aria-invalid", "true");
  await expect(retention).toHaveAccessibleDescription(new RegExp(`skulle samlingen vært slettet ${longDate(twoYearsAgo, 12)}`));
  await retention.fill("60");
  await expect(retention).not.toHaveAttribute("aria-invalid", "true");
  await expect(retention).toHaveAccessibleDescription(`Samlingen slettes med alt i den (deltakere, lapper, stemmer) ${longDate(twoYearsAgo, 60)}.`);
  await page.getByLabel("Sted").fill("Stjørdal");
  await page.getByRole("radio", { name: /Søkekonferanse/ }).check();
  await page.getByLabel("Lim inn organisasjoner, én per linje").fill([...municipalities, "St. Olavs hospital HF", "Trøndelag fylkeskommune"].join("\n"));
  await page.getByRole("button", { name: "Legg til fra lista" }).click();
  await expect(page.getByRole("combobox", { name: "Sektor for Malvik kommune" })).toHaveValue("kommune");
  await expect(page.getByRole("combobox", { name: "Sektor for St. Olavs hospital HF" })).toHaveValue("helseforetak");
  await expect(page.getByRole("combobox", { name: "Sektor for Trøndelag fylkeskommune" })).toHaveValue("fylkeskommune");
  await shoot(page, "create");
  await page.getByRole("button", { name: "Opprett samlingen" }).click();

  await expect(page.getByRole("heading", { name: "Folkehelse i Midt-regionen", level: 1 })).toBeVisible();
  const code = page.getByText(/^[ACEFHKMNPRTWXY3479]{3}-[ACEFHKMNPRTWXY3479]{3}$/);
  await expect(code).toBeVisible();
  const joinCode = (await code.textContent())!.replace("-", "");
  await expect(page.getByRole("link", { name: new RegExp(`/join/${joinCode}$`) })).toBeVisible();
  await expect(page.getByRole("link", { name: /Start og led samlingen/ })).toHaveAttribute("href", /\/run$/);
  await expect(page.getByRole("heading", { name: "1. Ønsket framtid" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "6. Oppsummering" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Navn på organisasjon 8" })).toHaveValue("Trøndelag fylkeskommune");

  // Its own period is kept; shortening it so the workshop would go at once is refused, unsaved.
  const kept = page.getByLabel("Oppbevaringstid (måneder)");
  await expect(kept).toHaveValue("60");
  await kept.fill("6");
  await expect(kept).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Lagre detaljene" }).click();
  await expect(alert(page)).toContainText("Ingenting er lagret: velg en lengre oppbevaringstid.");
  await page.reload();
  await expect(page.getByLabel("Oppbevaringstid (måneder)")).toHaveValue("60");

  // Edit the first phase's prompt, timebox and group mode.
  const first = page.getByRole("form", { name: "1. Ønsket framtid" });
  await first.getByLabel("Spørsmål eller oppgave til deltakerne").fill("Hva er viktig for deg?");
  await first.getByLabel("Tid (minutter)").fill("30");
  await first.getByLabel("Gruppeform").selectOption("mixed");
  await first.getByRole("button", { name: /Lagre fasen/ }).click();
  await expect(first.getByText("✓ Lagret")).toBeVisible();

  // Move it down by keyboard: focus stays on the moved phase.
  await first.getByRole("button", { name: /Flytt ned/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "2. Ønsket framtid" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "1. Hindringer og utfordringer" })).toBeVisible();
  await expect(page.locator(":focus")).toHaveAttribute("data-action", "down");

  await page.reload();
  // The projector link exists (the first load made it), but the projector is no participant to seat.
  await expect(page.getByTestId("projector-link-url")).toBeVisible();
  await expect(page.getByText("Ingen deltakere har blitt med ennå.")).toBeVisible();
  await expect(page.getByRole("rowheader", { name: /Projektor/ })).toHaveCount(0);
  await expect(page.getByRole("table", { name: /deltaker/ })).toHaveCount(0);
  const moved = page.getByRole("form", { name: "2. Ønsket framtid" });
  await expect(moved.getByLabel("Spørsmål eller oppgave til deltakerne")).toHaveValue("Hva er viktig for deg?");
  await expect(moved.getByLabel("Tid (minutter)")).toHaveValue("30");
  await expect(moved.getByLabel("Gruppeform")).toHaveValue("mixed");

  // Remove the last phase through the confirmation dialog.
  await page.getByRole("button", { name: /^Fjern\s*:\s*Oppsummering$/ }).click();
  await page.getByRole("button", { name: "Ja, fjern fasen" }).click();
  await expect(page.getByRole("heading", { name: "6. Oppsummering" })).toHaveCount(0);
  await shoot(page, "setup");

  await page.goto("/dashboard");
  await expect(page.getByRole("link", { name: "Folkehelse i Midt-regionen" })).toBeVisible();
  await expect(page.getByText(`Kode ${joinCode.slice(0, 3)}-${joinCode.slice(3)}`)).toBeVisible();
  await shoot(page, "dashboard");
});

test("the demo workshop opens with seated participants and preloaded findings land on a board", async ({ page }) => {
  await signUp(page, "demo@example.no");
  await page.goto("/demo");
  await page.getByRole("button", { name: "Lag demosamlingen" }).click();
  await expect(page.getByRole("heading", { name: "Folkehelse i Midt-regionen 2030", level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("18 deltakere har blitt med")).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Bord for Ingrid Haugen" })).not.toHaveValue("");

  // Move one participant by keyboard-operable select.
  await page.getByRole("combobox", { name: "Bord for Ahmed Yusuf" }).selectOption({ label: "Bord 1" });
  await expect(page.getByRole("status").filter({ hasText: "Ahmed Yusuf er flyttet til Bord 1." })).toBeVisible();

  await page.getByLabel("Tavle", { exact: true }).selectOption({ label: "Plenum" });
  await page.getByLabel("Funn", { exact: true }).fill("Lang ventetid hos fastlegen\nUngdom savner møteplasser");
  await page.getByRole("button", { name: "Legg lappene på tavla" }).click();
  await expect(page.getByText("2 lapper er lagt på tavla «Plenum».")).toBeVisible();

  await page.getByRole("radio", { name: /CSV/ }).check();
  await page.getByLabel("Funn", { exact: true }).fill("tekst;farge\nEn lapp;turkis");
  await page.getByRole("button", { name: "Legg lappene på tavla" }).click();
  await expect(alert(page)).toContainText("Linje 2: kjenner ikke fargen «turkis»");
  await expect(page.getByLabel("Funn", { exact: true })).toHaveValue("tekst;farge\nEn lapp;turkis");
  await shoot(page, "demo-setup");
});

for (const locale of ["nb", "en"] as const) {
  test(`dashboard, create and setup pages have no serious accessibility violations (${locale})`, async ({ page, context }) => {
    await signUp(page, `setup-axe-${locale}@example.no`);
    await context.addCookies([{ name: "samla_locale", value: locale, url: test.info().project.use.baseURL! }]);
    await page.goto("/workshops/new");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expectNoSeriousViolations(page);
    await page.getByLabel(locale === "nb" ? "Tittel" : "Title").fill(`Tilgjengelighet ${locale}`);
    await page.getByLabel(locale === "nb" ? "Lim inn organisasjoner, én per linje" : "Paste organisations, one per line").fill("Malvik kommune\nNTNU");
    await page.getByRole("button", { name: locale === "nb" ? "Legg til fra lista" : "Add from the list" }).click();
    await expectNoSeriousViolations(page);
    await page.getByRole("button", { name: locale === "nb" ? "Opprett samlingen" : "Create the workshop" }).click();
    await expect(page.getByRole("heading", { name: `Tilgjengelighet ${locale}`, level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page);
    if (locale === "en") await shoot(page, "setup-en");
    await page.goto("/dashboard");
    await expectNoSeriousViolations(page);
    await page.goto("/demo");
    await expectNoSeriousViolations(page);
  });
}
