// Wires the pieces of one Samla process together: database, Next.js, socket.io, Yjs.
// Order matters on the way down: stop taking connections, let boards flush their pending
// updates to the database, then close the database.
import http from "node:http";
import path from "node:path";
import next from "next";
import type { Config } from "./platform/config";
import { closeDb, getDb } from "./platform/db/client";
import { applyMigrations } from "./platform/db/migrate";
import { createRealtimeServer } from "./realtime/realtimeServer";
import { onRoomConnection, roomHandlers } from "./room/handlers";
import { votingHandlers } from "./voting/handlers";
import { startRoundClosing } from "./voting/closingTime";
import { createYjsServer } from "./boards/yjsServer";
import { log } from "./platform/log";
import { setRuntime, type Runtime } from "./realtime/runtime";
import { createRedisConnections } from "./platform/cluster/redisConnections";
import { createBoardRelay } from "./platform/cluster/boardRelay";
import { onSessionsEnded } from "./platform/auth/revokeSessions";
import { rooms } from "./realtime/rooms";
import { startRetentionSweep } from "./workshop/retention";
import { logRequest, pathOf } from "./platform/http/requestLog";
import { applySecurityHeaders, type SecurityOptions } from "./platform/http/securityHeaders";
import { serveMetrics } from "./platform/http/metricsEndpoint";
import { observeHttpRequest } from "./platform/metrics";

export interface Samla {
  server: http.Server;
  port: number;
  close(): Promise<void>;
}

/** Exposes the validated configuration to Next.js route handlers and next-auth. */
function exportConfigToEnvironment(config: Config): void {
  process.env.DATABASE_URL = config.databaseUrl;
  process.env.AUTH_SECRET = config.authSecret;
  process.env.NEXTAUTH_SECRET = config.authSecret;
  process.env.NEXTAUTH_URL ??= config.publicUrl;
  process.env.NEXT_TELEMETRY_DISABLED = "1";
}

export async function startSamla(config: Config): Promise<Samla> {
  exportConfigToEnvironment(config);

  const applied = await applyMigrations(config.databaseUrl);
  if (applied.length > 0) log.info(`applied migrations: ${applied.join(", ")}`);
  const db = getDb();

  const dev = config.NODE_ENV === "development";
  const nextApp = next({ dev, dir: path.resolve(import.meta.dirname, ".."), hostname: "localhost", port: config.PORT });
  await nextApp.prepare();
  const handle = nextApp.getRequestHandler();

  const security: SecurityOptions = {
    httpsPublicUrl: config.publicUrl.startsWith("https://"),
    trustProxy: config.TRUST_PROXY,
    dev,
    signInOrigin: config.OIDC_ISSUER ? new URL(config.OIDC_ISSUER).origin : undefined,
  };
  const metricsAccess = { enabled: config.METRICS || config.METRICS_TOKEN !== undefined, token: config.METRICS_TOKEN };
  const server = http.createServer((req, res) => {
    const requestLog = logRequest(req, res, (_path, status, seconds) => observeHttpRequest(req.method, status, seconds));
    applySecurityHeaders(req, res, security);
    if (serveMetrics(req, res, pathOf(req.url), metricsAccess)) return;
    handle(req, res).catch((error) => {
      // The path only: a query may carry a token.
      requestLog.error(`request failed: ${req.method} ${pathOf(req.url)}`, error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });

  // Several instances (REDIS_URL): see docs/multi-instance.md.
  const redis = config.REDIS_URL ? createRedisConnections(config.REDIS_URL, config.instanceId) : null;

  const relay = redis ? createBoardRelay({ publisher: redis.command, subscriber: redis.subscriber, instanceId: config.instanceId }) : null;
  const yjs = createYjsServer({ db, config, relay });
  const realtime = createRealtimeServer({ server, db, config, yjs, handlers: [...roomHandlers, ...votingHandlers], onConnection: onRoomConnection, redis: redis?.adapter ?? null });
  // Whatever was said while Redis was away: boards catch up from the shared log, and this
  // instance's sockets fetch their room view again ("room:changed" makes them ask room:sync).
  redis?.onReconnected(() => {
    void yjs.catchUpAll();
    realtime.io.local.emit("room:changed", { reason: "any" });
  });
  const runtime: Runtime = { yjs, io: realtime.io, instanceId: config.instanceId, redisHealth: redis ? () => redis.health() : null, redis: redis?.command ?? null, draining: false };
  setRuntime(runtime);
  onSessionsEnded((sessionIds) => {
    realtime.io.in(sessionIds.map(rooms.session)).disconnectSockets(true);
    const ended = new Set(sessionIds);
    yjs.closeConnections((principal) => principal.kind === "user" && ended.has(principal.sessionId), "the session has ended");
  });
  const stopRoundClosing = await startRoundClosing(db, realtime.io);
  const stopRetention = startRetentionSweep(db);

  // Only /yjs/* is ours here; socket.io and Next's dev HMR attach their own upgrade listeners.
  server.on("upgrade", (req, socket, head) => {
    if (req.url?.startsWith("/yjs/")) yjs.handleUpgrade(req, socket, head);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;

  return {
    server,
    port,
    async close() {
      // Behind a load balancer: first answer /api/ready with 503 long enough for it to stop
      // sending new connections here; the clients told to reconnect below then land elsewhere.
      runtime.draining = true;
      if (redis && config.DRAIN_SECONDS > 0) await new Promise((resolve) => setTimeout(resolve, config.DRAIN_SECONDS * 1000));
      // Stop taking requests, end idle keep-alive sockets (they would hold close() open), let
      // the boards store what they have, then drop everything else and the database.
      server.close();
      server.closeIdleConnections();
      stopRoundClosing();
      stopRetention();
      await realtime.close();
      await yjs.close();
      server.closeAllConnections();
      await redis?.close();
      await closeDb();
    },
  };
}
