// Reading JSON bodies at the HTTP edge: size-limited, parsed, validated with zod, and
// answered with a stable error code when anything is off.
import type { z } from "zod";

export type JsonResult<T> = { ok: true; data: T } | { ok: false; response: Response };

export function errorResponse(status: number, error: string, details?: unknown): Response {
  return Response.json(details === undefined ? { error } : { error, details }, { status });
}

export async function readJson<S extends z.ZodType>(req: Request, schema: S, maxBytes = 256 * 1024): Promise<JsonResult<z.infer<S>>> {
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > maxBytes) return { ok: false, response: errorResponse(413, "payloadTooLarge") };
  let text: string;
  try {
    text = await req.text();
  } catch {
    return { ok: false, response: errorResponse(400, "unreadableBody") };
  }
  if (Buffer.byteLength(text) > maxBytes) return { ok: false, response: errorResponse(413, "payloadTooLarge") };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, response: errorResponse(400, "invalidJson") };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, response: errorResponse(400, "invalidInput", parsed.error.issues.map((i) => ({ path: i.path.join("."), code: i.message }))) };
  }
  return { ok: true, data: parsed.data };
}
