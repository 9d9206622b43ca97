// Keyboard-only helpers: move with Tab the way a keyboard user does, and check at every stop
// that the focused element can be seen (WCAG 2.4.7).
import { expect, type Locator, type Page } from "@playwright/test";

export interface FocusLook {
  visible: boolean;
  what: string;
  outline: string;
}

/** Whether the focused element shows a focus indicator: an outline of 2px or more, or a ring. */
export async function focusLook(page: Page): Promise<FocusLook> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return { visible: false, what: "nothing (body)", outline: "" };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
    const ring = s.boxShadow !== "none" && s.boxShadow !== "";
    const box = el.getBoundingClientRect();
    const label = el.getAttribute("aria-label") ?? el.getAttribute("name") ?? el.textContent ?? "";
    return {
      visible: (outline || ring) && box.width > 0 && box.height > 0,
      what: `${el.tagName.toLowerCase()} «${label.trim().slice(0, 50)}»`,
      outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}; shadow ${s.boxShadow}`,
    };
  });
}

export async function expectVisibleFocus(page: Page) {
  const look = await focusLook(page);
  expect(look.visible, `no visible focus on ${look.what} (${look.outline}) at ${page.url()}`).toBe(true);
}

/**
 * Presses Tab until `target` has focus, checking a visible focus indicator at every stop;
 * fails after `max` presses.
 */
export async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement && document.activeElement !== document.body)) await expectVisibleFocus(page);
  }
  await expect(target).toBeFocused();
}
