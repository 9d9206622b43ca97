// One log line per HTTP request when its response is finished: method, path without the query
// (a query may carry a token), status and duration, under a request id. The id is the one a
// proxy in front sent as X-Request-Id when it looks like an id, else a new one; it is sent back
// in the response so a person can quote it.
import { randomUUID } from "node:crypto";
import type http from "node:http";
import { log, type Logger } from "../log";

const plausibleId = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdOf(req: http.IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && plausibleId.test(given) ? given : randomUUID();
}

/** The path of a request URL without its query or fragment. */
export function pathOf(url: string | undefined): string {
  return (url ?? "").split(/[?#]/, 1)[0] ?? "";
}

/** Starts timing `req`; logs one line when `res` finishes or is cut off. Returns the request's logger. */
export function logRequest(req: http.IncomingMessage, res: http.ServerResponse, onDone?: (path: string, status: number, seconds: number) => void): Logger {
  const reqId = requestIdOf(req);
  const started = process.hrtime.bigint();
  const requestLog = log.child({ reqId });
  res.setHeader("X-Request-Id", reqId);
  let logged = false;
  const done = (aborted: boolean) => {
    if (logged) return;
    logged = true;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const path = pathOf(req.url);
    onDone?.(path, res.statusCode, seconds);
    // Static files and health checks at debug: they would drown the rest at info.
    const quiet = path.startsWith("/_next/") || path === "/api/health" || path === "/api/ready" || path === "/metrics";
    const fields = { method: req.method ?? "", path, status: res.statusCode, ms: Math.round(seconds * 10_000) / 10, ...(aborted ? { aborted: true } : {}) };
    if (quiet && !aborted && res.statusCode < 500) requestLog.debug("http request", fields);
    else requestLog.info("http request", fields);
  };
  res.once("finish", () => done(false));
  res.once("close", () => done(!res.writableFinished));
  return requestLog;
}
