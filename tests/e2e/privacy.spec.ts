// Self-hosting and privacy: Samla's pages load nothing from anywhere but their own server (no
// CDN fonts or scripts, no telemetry, no third-party images), and the markup does not point
// elsewhere either. The whole-scenario request log is checked in scenario.spec.ts; this spec
// covers the pages a visitor, a facilitator and a participant open, without the scenario.
import { expect, test, type Page } from "@playwright/test";
import { createNetworkLog } from "./support/network";
import { boardReady, newContext } from "./support/people";
import { boardsOf, participant, prepareWorkshop, seatEveryone } from "./support/workshop";

/** URLs in the document's own markup that point off the app's origin (links to docs excepted). */
async function foreignReferences(page: Page, appOrigin: string) {
  return page.evaluate((origin) => {
    const urls: string[] = [];
    for (const el of Array.from(document.querySelectorAll("script[src], link[href], img[src], iframe[src], source[src], video[src], audio[src], object[data]"))) {
      const raw = el.getAttribute("src") ?? el.getAttribute("href") ?? el.getAttribute("data") ?? "";
      const url = new URL(raw, location.href);
      if (url.protocol === "data:" || url.protocol === "blob:") continue;
      if (url.origin !== origin) urls.push(`${el.tagName.toLowerCase()} ${url.href}`);
    }
    // stylesheets that pull fonts or images from elsewhere
    for (const sheet of Array.from(document.styleSheets)) {
      let rules: CSSRuleList;
      try {
        rules = sheet.cssRules;
      } catch {
        urls.push(`unreadable stylesheet ${sheet.href}`);
        continue;
      }
      for (const rule of Array.from(rules)) {
        for (const m of rule.cssText.matchAll(/url\(["']?([^"')]+)["']?\)/g)) {
          const url = new URL(m[1], sheet.href ?? location.href);
          if (url.protocol !== "data:" && url.origin !== origin) urls.push(`css ${url.href}`);
        }
      }
    }
    return urls;
  }, appOrigin);
}

test("pages load nothing from other origins and reference no third-party resources", async ({ browser, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const network = createNetworkLog();
  const { facilitatorContext, facilitator, workshop } = await prepareWorkshop(browser, baseURL!, { title: "Personvern og selvhosting" });
  network.watch(facilitatorContext, "facilitator");
  const visitorContext = await newContext(browser, baseURL!);
  network.watch(visitorContext, "visitor");
  const visitor = await visitorContext.newPage();
  const anne = await participant(browser, baseURL!, workshop, { name: "Anne Aske", organisation: "Aske kommune" });
  network.watch(anne.context, "participant");
  await seatEveryone(facilitator, workshop.id, 1);
  const { tables } = await boardsOf(workshop.id);

  const visits: [Page, string][] = [
    [visitor, "/"],
    [visitor, "/signin"],
    [visitor, "/signup"],
    [visitor, `/join/${workshop.joinCode}`],
    [facilitator, "/dashboard"],
    [facilitator, "/workshops/new"],
    [facilitator, `/workshops/${workshop.id}`],
    [facilitator, `/workshops/${workshop.id}/run`],
    [facilitator, `/workshops/${workshop.id}/vote`],
    [facilitator, `/workshops/${workshop.id}/chains`],
    [facilitator, `/workshops/${workshop.id}/export`],
    [facilitator, `/present/${workshop.id}`],
    [anne.page, `/w/${workshop.id}`],
    [anne.page, `/w/${workshop.id}/boards/${tables[0].id}`],
    [anne.page, `/w/${workshop.id}/chains`],
  ];
  for (const [page, path] of visits) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    if (path.includes("/boards/")) await boardReady(page);
    expect(await foreignReferences(page, origin), path).toEqual([]);
  }
  // every font in use came from this server (or is a local system font)
  const fonts = await visitor.evaluate(() => Array.from(document.fonts).map((f) => `${f.family} ${f.status}`));
  expect(fonts.every((f) => !/error/.test(f)), fonts.join(", ")).toBe(true);

  expect(network.urls.length).toBeGreaterThan(visits.length);
  expect(network.foreign(baseURL!)).toEqual([]);
  for (const c of [facilitatorContext, visitorContext, anne.context]) await c.close();
});

test("server responses carry no third-party beacons: no external URLs in security headers or HTML", async ({ request }) => {
  for (const path of ["/", "/signin", "/signup"]) {
    const res = await request.get(path);
    expect(res.ok()).toBe(true);
    const html = await res.text();
    // absolute URLs in the HTML that are not this server and not XML namespaces/spec references
    const absolute = [...html.matchAll(/(?:src|href)=["'](https?:\/\/[^"']+)["']/g)].map((m) => m[1]).filter((u) => new URL(u).host !== new URL(res.url()).host);
    expect(absolute, path).toEqual([]);
  }
});
