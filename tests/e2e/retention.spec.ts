// Retention as people meet it: a participant sees the privacy notice (what is stored, who sees
// it, when it is deleted) on the join page in bokmål and English; the administrator sees on
// /admin what will be deleted when, and changes the default period.
import { expect, test } from "@playwright/test";
import { createNetworkLog } from "./support/network";
import { createWorkshopQuickly, newContext, signUpQuickly } from "./support/people";
import { shoot } from "./support/screens";

test("the join page's privacy notice and the admin's deletion schedule", async ({ browser, baseURL }) => {
  const admin = await newContext(browser, baseURL!, { locale: "nb" });
  const network = createNetworkLog();
  network.watch(admin, "admin");
  const page = await admin.newPage();
  await signUpQuickly(page, { name: "Astrid Admin", email: "astrid.retention@example.no" });
  const workshop = await createWorkshopQuickly(page, "Oppvekst i Værnes-regionen", ["Stjørdal kommune", "Meråker kommune"]);
  const dated = await page.request.patch(`/api/workshops/${workshop.id}`, { data: { date: "2026-03-12" } });
  expect(dated.status()).toBe(200);

  for (const locale of ["nb", "en"] as const) {
    const visitor = await newContext(browser, baseURL!, { locale });
    network.watch(visitor, `participant-${locale}`);
    const join = await visitor.newPage();
    await join.goto(`/join/${workshop.joinCode}`);
    const notice = join.getByRole("region", { name: locale === "nb" ? "Personvern" : "Privacy" });
    await expect(notice).toBeVisible();
    // 12 months after 12 March 2026, the default.
    await expect(notice).toContainText(locale === "nb" ? /Alt slettes 12\. mars 2027\./ : /Everything is deleted on (12 March 2027|March 12, 2027)\./);
    await expect(notice).toContainText(locale === "nb" ? "be om å bli glemt" : "ask to be forgotten");
    if (locale === "nb") await shoot(join, "join-privacy", { fullPage: true });
    await visitor.close();
  }

  await page.goto("/admin");
  const section = page.getByRole("region", { name: "Sletting av verksteder" });
  const row = section.getByRole("row", { name: /Oppvekst i Værnes-regionen/ });
  await expect(row).toContainText(/12\. mars 2027/);
  await expect(row).toContainText("12 måneder");
  await section.getByLabel("Oppbevaringstid (måneder)").fill("6");
  await section.getByRole("button", { name: "Lagre" }).click();
  await expect(section.getByRole("status")).toHaveText("Lagret: verksteder beholdes 6 måneder etter datoen.");
  // Already past that day: the next hourly sweep deletes it, and the page says so.
  await expect(row).toContainText(/12\. sep\.? 2026/);
  await expect(row).toContainText("ved neste gjennomgang");
  await expect(row).toContainText("0 deltakere, 1 tavle, 0 avstemninger");
  await shoot(page, "admin-retention", { fullPage: true });
  expect(network.cspViolations).toEqual([]);
  await admin.close();
});
