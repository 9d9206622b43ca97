// Security headers on what the browser gets: pages (a nonce on every inline script, and a
// policy that names it), API routes and downloads; and a participant's way in (join page,
// workshop page, connected live) with no Content-Security-Policy violation.
import { expect, test, type APIResponse, type Response } from "@playwright/test";
import { createNetworkLog } from "./support/network";
import { createWorkshopQuickly, joinWithCode, newContext, signUpQuickly } from "./support/people";

function expectHeaders(response: Response | APIResponse, what: string) {
  const headers = response.headers();
  const policy = headers["content-security-policy"] ?? "";
  expect(policy, what).toMatch(/default-src 'self'/);
  expect(policy, what).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'(;|$)/);
  expect(policy, what).toMatch(/frame-ancestors 'none'/);
  expect(policy, what).not.toMatch(/unsafe-eval|https?:\/\/|\*/);
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  // Plain http on the test server: no HSTS (it would pin a scheme the server does not serve).
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

test("pages, API routes and downloads carry the security headers; joining trips no CSP", async ({ browser, baseURL }) => {
  const facilitator = await newContext(browser, baseURL!);
  const network = createNetworkLog();
  network.watch(facilitator, "facilitator");
  const page = await facilitator.newPage();
  await signUpQuickly(page, { name: "Hanne Hode", email: "hanne.headers@example.no" });
  const workshop = await createWorkshopQuickly(page, "Trygge overskrifter", ["Malvik kommune", "Skaun kommune"]);

  // A page: the policy's nonce is on every script the page holds, and each page gets its own.
  const first = await page.goto("/dashboard");
  expectHeaders(first!, "the dashboard page");
  const nonce = /'nonce-([^']+)'/.exec(first!.headers()["content-security-policy"])![1];
  const scripts = await page.locator("script").evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((n) => n === nonce)).toBe(true);
  const again = await page.goto(`/workshops/${workshop.id}`);
  expectHeaders(again!, "the workshop page");
  expect(again!.headers()["content-security-policy"]).not.toContain(nonce);

  // An API route and a download.
  expectHeaders(await page.request.get("/api/health"), "/api/health");
  const download = await page.request.get(`/api/workshops/${workshop.id}/export/docx`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toMatch(/attachment/);
  expectHeaders(download, "the Word download");

  // A participant joins with the code and reaches the live board: still no violation.
  const participant = await newContext(browser, baseURL!);
  network.watch(participant, "participant");
  const landing = await participant.newPage();
  expectHeaders((await landing.goto("/"))!, "the landing page");
  await joinWithCode(participant, workshop.joinCode, { name: "Per Deltaker", organisation: "Malvik kommune" });
  await page.goto(`/workshops/${workshop.id}/run`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(network.cspViolations).toEqual([]);
  await facilitator.close();
  await participant.close();
});
