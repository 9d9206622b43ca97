// Screenshots of key screens: written under the test's output folder (test-results/…),
// attached to the report, and — when SAMLA_README_SCREENSHOTS=1 — copied into
// docs/screenshots/ for the README (that is how the README's images are refreshed).
import fs from "node:fs";
import path from "node:path";
import { test, type Page } from "@playwright/test";

// Playwright runs from the repository root (playwright.config.ts sits there).
const docsDir = path.resolve(process.cwd(), "docs/screenshots");

export async function shoot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  const file = test.info().outputPath(`${name}.png`);
  const body = await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
  await test.info().attach(name, { body, contentType: "image/png" });
  if (process.env.SAMLA_README_SCREENSHOTS === "1") {
    fs.mkdirSync(docsDir, { recursive: true });
    fs.copyFileSync(file, path.join(docsDir, `${name}.png`));
  }
}
