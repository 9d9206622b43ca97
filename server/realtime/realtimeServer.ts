// socket.io on the shared HTTP server: every connection is authenticated in the handshake
// (before any handler runs) and lands in its workshop's rooms. The features' handlers and what
// a new connection gets are handed in by the wiring (server/samla.ts): this folder knows none
// of them.
import type http from "node:http";
import { Server } from "socket.io";
import { createAdapter } from "@socket.io/redis-streams-adapter";
import type { Redis } from "ioredis";
import { z } from "zod";
import { idSchema } from "../../lib/domain/ids";
import { log } from "../platform/log";
import { metrics } from "../platform/metrics";
import type { Config } from "../platform/config";
import type { Db } from "../platform/db/client";
import { accessToWorkshop, authenticate } from "../platform/auth/authenticate";
import type { YjsServer } from "../boards/yjsServer";
import { registerHandlers, type AnyHandler, type HandlerContext, type SamlaServer, type SamlaSocket } from "./handler";
import { rooms } from "./rooms";

const handshakeAuth = z.object({ workshopId: idSchema, token: z.string().max(4096).optional() });

export interface RealtimeServer {
  io: SamlaServer;
  close(): Promise<void>;
}

export interface RealtimeOptions {
  server: http.Server;
  db: Db;
  config: Config;
  yjs: YjsServer;
  handlers: ReadonlyArray<AnyHandler>;
  /** Runs once per authenticated connection, after its handlers are registered. */
  onConnection(socket: SamlaSocket, base: Pick<HandlerContext, "db" | "io">): void;
  /** Several instances: the Redis connection the socket.io adapter uses (null: one process). */
  redis?: Redis | null;
}

export function createRealtimeServer({ server, db, config, yjs, handlers, onConnection, redis = null }: RealtimeOptions): RealtimeServer {
  const io: SamlaServer = new Server(server, {
    path: "/socket.io",
    // Leave other upgrade paths (/yjs, Next's HMR) to their own listeners.
    destroyUpgrade: false,
    maxHttpBufferSize: 64 * 1024,
    serveClient: false,
    // Several instances: every emit to a room reaches its sockets on every instance, and
    // fetchSockets() (presence) sees them all. The streams adapter reads the stream from an
    // offset, so a short disconnect from Redis loses no packet (the pub/sub adapter drops
    // what is published while it is away). See docs/multi-instance.md.
    ...(redis ? { adapter: createAdapter(redis, { streamName: "samla:socket.io", maxLen: 10_000 }) } : {}),
  });

  io.use(async (socket, next) => {
    const auth = handshakeAuth.safeParse(socket.handshake.auth);
    if (!auth.success) return next(new Error("invalidHandshake: workshopId is required"));
    const { workshopId, token } = auth.data;
    const result = await authenticate(db, config.authSecret, { cookieHeader: socket.handshake.headers.cookie, token }, { workshopId });
    if (!result.ok) return next(new Error(`unauthenticated: ${result.reason}`));
    const access = await accessToWorkshop(db, result.principal, workshopId);
    if (!access) return next(new Error("forbidden: no access to this workshop"));
    socket.data = { principal: result.principal, access, workshopId };
    next();
  });

  io.on("connection", (socket) => {
    const { principal, access, workshopId } = socket.data;
    socket.join(rooms.workshop(workshopId));
    if (access === "facilitator") socket.join(rooms.facilitators(workshopId));
    if (principal.kind === "user") socket.join(rooms.session(principal.sessionId));
    if (principal.kind === "participant") {
      socket.join(rooms.participant(principal.participantId));
      if (principal.tableId) socket.join(rooms.table(principal.tableId));
    }
    const openedAt = Date.now();
    log.info("socket connected", { connId: socket.id, workshopId, kind: principal.kind, access });
    metrics.connections.inc({ kind: "socket" });
    socket.once("disconnect", () => metrics.connections.dec({ kind: "socket" }));
    socket.once("disconnect", (reason) => log.info("socket disconnected", { connId: socket.id, workshopId, reason, ms: Date.now() - openedAt }));
    registerHandlers(socket, { io, db, config, yjs }, handlers);
    onConnection(socket, { io, db });
  });

  return {
    io,
    // Not io.close(): it also waits for the HTTP server, which samla.ts closes itself.
    close: async () => {
      // Closing each transport (not socket.disconnect(), which the client takes as "you were
      // removed" and does not retry) looks to a client like the wifi dropping or a crash, so it
      // reconnects as the same person: behind a load balancer on another instance, on one
      // process when it restarts.
      for (const socket of io.of("/").sockets.values()) socket.conn.close();
      io.engine.close();
      // Stops the adapter's reading from Redis.
      io.of("/").adapter.close();
    },
  };
}
