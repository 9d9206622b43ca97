// Signing in through the identity provider over plain HTTP, the way a browser follows the
// redirects: Samla → provider's login page → (user name + password) → provider → Samla's
// callback. Integration tests use it to check the entry rules against the real server and a
// real provider (tests/helpers/oidcProvider.ts) without a browser.

/** A tiny cookie jar per origin: enough for the two sites of a sign-in. */
class CookieJar {
  private readonly byOrigin = new Map<string, Map<string, string>>();

  header(url: URL): string {
    return [...(this.byOrigin.get(url.origin) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  store(url: URL, res: Response) {
    const jar = this.byOrigin.get(url.origin) ?? new Map<string, string>();
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
    this.byOrigin.set(url.origin, jar);
  }

  get(origin: string, name: string): string | undefined {
    return this.byOrigin.get(origin)?.get(name);
  }
}

export interface OidcSignInResult {
  /** Where Samla sent the browser at the end: the callbackUrl, or /signin?error=… */
  finalUrl: URL;
  /** Samla's session cookie header, when signed in. */
  cookieHeader: string | null;
  /** The refusal code from the sign-in page's address (without the "oidc." prefix), if refused. */
  refusal: string | null;
}

async function follow(jar: CookieJar, start: URL, init: RequestInit = {}, stopAt: (url: URL) => boolean): Promise<{ url: URL; res: Response }> {
  let url = start;
  let request = init;
  for (let hop = 0; hop < 20; hop++) {
    const res = await fetch(url, { ...request, redirect: "manual", headers: { ...(request.headers as Record<string, string>), cookie: jar.header(url) } });
    jar.store(url, res);
    const location = res.headers.get("location");
    if (res.status >= 300 && res.status < 400 && location) {
      url = new URL(location, url);
      request = {};
      if (stopAt(url)) return { url, res };
      continue;
    }
    return { url, res };
  }
  throw new Error("too many redirects");
}

/** Signs in at Samla (`samlaUrl`) with the provider's user name and password. */
export async function signInWithProvider(samlaUrl: string, login: { username: string; password: string }, callbackUrl = "/dashboard"): Promise<OidcSignInResult> {
  const jar = new CookieJar();
  const samla = new URL(samlaUrl);
  const atSamlaPage = (url: URL) => url.origin === samla.origin && !url.pathname.startsWith("/api/");
  const start = new URL(`/api/auth/signin/oidc?${new URLSearchParams({ callbackUrl })}`, samla);
  const toLogin = await follow(jar, start, {}, atSamlaPage);
  let end = toLogin.url;
  if (!atSamlaPage(end)) {
    // At the provider's login page: post the form back to where it came from.
    const html = await toLogin.res.text();
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`no login form at ${end}: ${html.slice(0, 300)}`);
    const form = new URLSearchParams({ username: login.username, password: login.password });
    const back = await follow(jar, new URL(action.replace(/&#(\d+);/g, (_, c: string) => String.fromCharCode(Number(c))), end), { method: "POST", body: form, headers: { "content-type": "application/x-www-form-urlencoded" } }, atSamlaPage);
    end = back.url;
  }
  const session = jar.get(samla.origin, "next-auth.session-token");
  const error = end.pathname === "/signin" ? end.searchParams.get("error") : null;
  return { finalUrl: end, cookieHeader: session ? `next-auth.session-token=${session}` : null, refusal: error ? error.replace(/^oidc\./, "") : null };
}
