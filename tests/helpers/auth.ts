// Signing up and in over plain HTTP, the way a browser does through next-auth, so
// integration tests and benchmarks can act as a facilitator with a real session cookie.

function cookiesFrom(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]);
}

export interface SignedIn {
  cookieHeader: string;
  /** The session JWT itself, for clients that pass a token instead of a cookie. */
  sessionToken: string;
}

export async function signUp(baseUrl: string, account: { name: string; email: string; password: string; inviteToken?: string }): Promise<Response> {
  return fetch(`${baseUrl}/api/account/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(account),
  });
}

/** Signs in with email + password; returns the outcome page's error or the session. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<SignedIn | { error: string }> {
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookies = cookiesFrom(csrfRes);
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies.join("; "), "x-auth-return-redirect": "1" },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const cookies = cookiesFrom(res);
  const session = cookies.find((c) => c.startsWith("next-auth.session-token="));
  if (!session) {
    const location = res.headers.get("location") ?? ((await res.json().catch(() => ({}))) as { url?: string }).url ?? "";
    return { error: new URL(location, baseUrl).searchParams.get("error") ?? `status ${res.status}` };
  }
  return { cookieHeader: [...csrfCookies, session].join("; "), sessionToken: decodeURIComponent(session.split("=")[1]) };
}

export async function signUpAndIn(baseUrl: string, account: { name: string; email: string; password: string }): Promise<SignedIn> {
  const res = await signUp(baseUrl, account);
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  const result = await signIn(baseUrl, account.email, account.password);
  if ("error" in result) throw new Error(`sign-in failed: ${result.error}`);
  return result;
}
