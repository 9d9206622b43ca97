import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { expectNoSeriousViolations } from "./support/axe";
import { tabTo } from "./support/keyboard";
import { hydrated, newContext, signUpQuickly } from "./support/people";
import { shoot } from "./support/screens";
import { prepareWorkshop } from "./support/workshop";

const password = "et langt og trygt passord";

test("sign-up, sign-out and sign-in in Norwegian", async ({ page }) => {
  await page.goto("/signup");
  await expect(page.getByRole("heading", { name: "Opprett konto" })).toBeVisible();
  await page.getByLabel("Navn").fill("Per Prosessleder");
  await page.getByLabel("E-post").fill("per@example.no");
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Opprett konto" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText("Innlogget som Per Prosessleder")).toBeVisible();

  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page.getByRole("link", { name: "Logg inn (prosessleder)" })).toBeVisible();

  await page.goto("/signin");
  await page.getByLabel("E-post").fill("per@example.no");
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Mine samlinger" })).toBeVisible();
});

test("five wrong passwords give a clear lock-out message", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Navn").fill("Lise Låst");
  await page.getByLabel("E-post").fill("lise@example.no");
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Opprett konto" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page.getByRole("link", { name: "Logg inn (prosessleder)" })).toBeVisible();

  await page.goto("/signin");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("E-post").fill("lise@example.no");
    await page.getByLabel("Passord").fill(`feil passord ${attempt}`);
    await page.getByRole("button", { name: "Logg inn", exact: true }).click();
    // Next.js keeps its own (empty) route announcer with role=alert; ours is the one with text.
    const alert = page.getByRole("alert").filter({ hasText: /\S/ });
    if (attempt < 5) await expect(alert).toHaveText("Feil e-post eller passord.");
    else await expect(alert).toHaveText(/For mange mislykkede forsøk\. Prøv igjen om 1[0-5] minutter\./);
  }
  // the right password is refused too while locked
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(/For mange mislykkede forsøk/);
});

for (const locale of ["nb", "en"] as const) {
  test(`landing, sign-in and sign-up pages have no serious accessibility violations (${locale})`, async ({ page, context }) => {
    await context.addCookies([{ name: "samla_locale", value: locale, url: test.info().project.use.baseURL! }]);
    for (const path of ["/", "/signin", "/signup"]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious, JSON.stringify(serious.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })), null, 1)).toEqual([]);
    }
  });
}

test("an administrator disables an account by keyboard: that person is signed out at once and cannot sign in until enabled", async ({ browser, baseURL }) => {
  const { facilitatorContext: adminContext, facilitator: admin } = await prepareWorkshop(browser, baseURL!, { admin: true, title: "Administrasjon" });
  const kariContext = await newContext(browser, baseURL!);
  const kari = await kariContext.newPage();
  const email = `kari-${Date.now()}@example.no`;
  await signUpQuickly(kari, { name: "Kari Konto", email });
  await kari.goto("/dashboard");
  await expect(kari.getByText("Innlogget som Kari Konto")).toBeVisible();

  await admin.goto("/admin");
  await hydrated(admin, "main table");
  const row = admin.locator(`tr[data-user-email="${email}"]`);
  await expect(row).toContainText("✓ Aktiv");
  await tabTo(admin, row.getByRole("button", { name: "Deaktiver Kari Konto" }), 120);
  await admin.keyboard.press("Enter");
  const dialog = admin.getByRole("dialog");
  await expect(dialog).toContainText("Deaktivere kontoen til Kari Konto?");
  await expect(dialog.getByRole("button", { name: "Avbryt" })).toBeFocused();
  await expectNoSeriousViolations(admin, "the admin page with the disable dialog open");
  await shoot(admin, "admin-disable-dialog");
  await admin.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Deaktiver kontoen" })).toBeFocused();
  await admin.keyboard.press("Enter");
  await expect(admin.getByRole("status").filter({ hasText: "Kontoen til Kari Konto er deaktivert" })).toBeVisible();
  await expect(row).toContainText("✕ Deaktivert");
  await admin.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await shoot(admin, "admin-account-disabled");

  // Kari's browser still has the cookie, but the session is over.
  await kari.goto("/dashboard");
  await expect(kari).toHaveURL(/\/signin/);
  await kari.getByLabel("E-post").fill(email);
  await kari.getByLabel("Passord").fill(password);
  await kari.getByRole("button", { name: "Logg inn", exact: true }).click();
  await expect(kari.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Kontoen er deaktivert. Kontakt en administrator.");

  // Enabled again (by keyboard too), Kari signs in as before.
  await tabTo(admin, row.getByRole("button", { name: "Aktiver Kari Konto" }), 120);
  await admin.keyboard.press("Enter");
  await expect(row).toContainText("✓ Aktiv");
  await kari.getByRole("button", { name: "Logg inn", exact: true }).click();
  await expect(kari).toHaveURL(/\/dashboard$/);
  await Promise.all([adminContext.close(), kariContext.close()]);
});
