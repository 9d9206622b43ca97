// What a municipality's monitoring scrapes from /metrics, in Prometheus's text format through
// prom-client (the well-kept Prometheus client for Node: histograms, the process and
// event-loop metrics, and the text format, none of which are worth writing again).
//
// Labels are fixed words only (an event name, a format, an outcome): never an id, a name or a
// note's text, so a scrape tells how Samla runs and nothing about who said what.
import client from "prom-client";

function createMetrics() {
  const registry = new client.Registry();
  // Process CPU and memory, GC, and event-loop lag (nodejs_eventloop_lag_* and its percentiles).
  client.collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  const registers = [registry];
  const fast = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
  return {
    registry,
    openBoards: new client.Gauge({ name: "samla_open_boards", help: "Boards loaded in memory with at least one connection or a pending unload", registers }),
    connections: new client.Gauge({ name: "samla_connections", help: "Open connections by kind (board: Yjs WebSocket, socket: socket.io)", labelNames: ["kind"] as const, registers }),
    boardUpdates: new client.Counter({ name: "samla_board_updates_total", help: "Board updates received from clients", registers }),
    boardAcks: new client.Counter({ name: "samla_board_acks_total", help: "Durable acknowledgements sent to clients", registers }),
    durableAck: new client.Histogram({ name: "samla_board_durable_ack_seconds", help: "From a board update's arrival to its being in the database and acknowledged", buckets: fast, registers }),
    socketEvents: new client.Counter({ name: "samla_socket_events_total", help: "socket.io events handled, by event and outcome (ok or an error code)", labelNames: ["event", "outcome"] as const, registers }),
    voteCast: new client.Histogram({ name: "samla_vote_cast_seconds", help: "vote:cast from arrival to acknowledgement", buckets: fast, registers }),
    dbErrors: new client.Counter({ name: "samla_db_errors_total", help: "Database operations that failed", labelNames: ["where"] as const, registers }),
    reportRender: new client.Histogram({ name: "samla_report_render_seconds", help: "Rendering an export, by format", labelNames: ["format"] as const, buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60], registers }),
    httpRequests: new client.Histogram({ name: "samla_http_request_seconds", help: "HTTP requests by method and status class", labelNames: ["method", "status"] as const, buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10], registers }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

// One set per process on globalThis: the Next.js bundle (export routes) has its own copy of
// this module and must count into the same registry.
const globalMetrics = globalThis as typeof globalThis & { [key: symbol]: Metrics | undefined };
const metricsKey = Symbol.for("samla.metrics");

export const metrics: Metrics = (globalMetrics[metricsKey] ??= createMetrics());

/** Seconds since `started` (from process.hrtime.bigint()). */
export function secondsSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const httpMethods = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** One HTTP request's duration under labels that cannot grow: a known method, 2xx/3xx/4xx/5xx. */
export function observeHttpRequest(method: string | undefined, status: number, seconds: number): void {
  metrics.httpRequests.observe({ method: httpMethods.has(method ?? "") ? method! : "other", status: `${Math.floor(status / 100)}xx` }, seconds);
}
