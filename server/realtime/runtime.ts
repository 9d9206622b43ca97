// The live servers of this process (board sync and socket.io), for route handlers.
// Next.js bundles route handlers apart from server/main.ts, so module-level singletons would
// be two different objects; the runtime is kept on globalThis instead.
import type { Redis } from "ioredis";
import type { RedisHealth } from "../platform/cluster/redisConnections";
import type { YjsServer } from "../boards/yjsServer";
import type { SamlaServer } from "./handler";

export interface Runtime {
  yjs: YjsServer;
  io: SamlaServer;
  /** This instance's name (INSTANCE_ID). */
  instanceId: string;
  /** null without REDIS_URL (one process). */
  redisHealth: (() => RedisHealth) | null;
  /** Commands connection, for claims (server/realtime/claims.ts); null without REDIS_URL. */
  redis: Redis | null;
  /** True from SIGTERM on: /api/ready answers 503 so the load balancer sends no one new. */
  draining: boolean;
}

const holder = globalThis as typeof globalThis & { __samlaRuntime?: Runtime };

export function setRuntime(runtime: Runtime): void {
  holder.__samlaRuntime = runtime;
}

/** The running servers; throws when called outside a started Samla process. */
export function getRuntime(): Runtime {
  if (!holder.__samlaRuntime) throw new Error("Samla runtime is not started (route handler outside server/main.ts?)");
  return holder.__samlaRuntime;
}

/** The runtime if started, for health checks that must answer either way. */
export function findRuntime(): Runtime | undefined {
  return holder.__samlaRuntime;
}
