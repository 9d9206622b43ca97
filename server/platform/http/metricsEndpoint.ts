// GET /metrics: off unless METRICS=true or METRICS_TOKEN is set; with a token, only a scraper
// that sends it as a bearer token is answered (401 otherwise). Compared in constant time.
import { timingSafeEqual } from "node:crypto";
import type http from "node:http";
import { metrics } from "../metrics";

export interface MetricsAccess {
  enabled: boolean;
  token: string | undefined;
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/i.exec(header ?? "")?.[1] ?? "");
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** Answers /metrics; returns false for any other path (the caller passes it on). */
export function serveMetrics(req: http.IncomingMessage, res: http.ServerResponse, path: string, access: MetricsAccess): boolean {
  if (path !== "/metrics") return false;
  if (!access.enabled) {
    res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: "notFound" }));
    return true;
  }
  if (access.token && !tokenMatches(req.headers.authorization, access.token)) {
    res.writeHead(401, { "content-type": "application/json", "www-authenticate": 'Bearer realm="metrics"' }).end(JSON.stringify({ error: "unauthorized" }));
    return true;
  }
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD" }).end();
    return true;
  }
  metrics.registry.metrics().then(
    (text) => res.writeHead(200, { "content-type": metrics.registry.contentType, "cache-control": "no-store" }).end(req.method === "HEAD" ? undefined : text),
    () => res.writeHead(500).end(),
  );
  return true;
}
