// Screenshots of key screens: written under the test's output folder (test-results/…),
// attached to the report, and — when SAMLA_README_SCREENSHOTS=1 — copied into
// docs/screenshots/ for the README (that is how the README's images are refreshed). And the
// rule every board screen keeps on a laptop: the canvas is the page.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

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

/** The canvas starts inside the window, takes at least 60 % of its height, and the page has not scrolled and cannot. */
export async function expectCanvasIsThePage(page: Page, where: string) {
  const canvas = page.getByTestId("board-canvas");
  await expect(canvas).toBeVisible();
  const box = (await canvas.boundingBox())!;
  const viewport = page.viewportSize()!;
  const page_ = await page.evaluate(() => ({ scrollY: window.scrollY, scrollHeight: document.documentElement.scrollHeight, innerHeight: window.innerHeight }));
  expect(page_.scrollY, `${where}: page scrolled`).toBe(0);
  expect(page_.scrollHeight, `${where}: page taller than the window`).toBeLessThanOrEqual(page_.innerHeight);
  expect(box.y, `${where}: canvas top`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${where}: canvas top`).toBeLessThan(viewport.height);
  const visible = Math.min(box.y + box.height, viewport.height) - box.y;
  expect(visible / viewport.height, `${where}: canvas shows ${Math.round(visible)} of ${viewport.height} px`).toBeGreaterThanOrEqual(0.6);
}
