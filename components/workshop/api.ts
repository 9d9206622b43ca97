// The setup screens' one way to call the workshop API: JSON in, { ok, status, data } out,
// and a network failure becomes an error code like any other so forms show it the same way.
export type ApiError = { error: string; details?: unknown };
export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: ApiError };

export async function sendJson<T = Record<string, unknown>>(method: string, url: string, body?: unknown): Promise<ApiResult<T>> {
  try {
    const res = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({}));
    if (res.ok) return { ok: true, data: json as T };
    return { ok: false, status: res.status, error: { error: (json as ApiError).error ?? "serverError", details: (json as ApiError).details } };
  } catch {
    return { ok: false, status: 0, error: { error: "network" } };
  }
}

/** Field errors from an invalidInput answer, keyed by the field's path. */
export function fieldErrors(error: ApiError): Record<string, string> {
  if (error.error !== "invalidInput" || !Array.isArray(error.details)) return {};
  const result: Record<string, string> = {};
  for (const d of error.details as Array<{ path: string; code: string }>) result[d.path] ??= d.code;
  return result;
}
