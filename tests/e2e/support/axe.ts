// One accessibility check for all sweep/scenario specs: WCAG 2.1 A and AA rules, and the
// test fails on any serious or critical violation, naming the rule and the elements.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 8) }));
}

/** `where` names the page in the failure message, so one sweep test can check many pages. */
export async function expectNoSeriousViolations(page: Page, where: string) {
  const serious = await seriousViolations(page);
  expect(serious, `${where} (${page.url()}):\n${JSON.stringify(serious, null, 1)}`).toEqual([]);
}
