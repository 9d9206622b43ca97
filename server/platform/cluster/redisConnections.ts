// The Redis connections of one instance (REDIS_URL set), through ioredis: one for commands and
// publishing, one in subscriber mode for the board relay (a subscribed connection can run no
// other command), and the socket.io adapter's own. ioredis reconnects by itself and
// re-subscribes the channels it had (node-redis did not: socket.io #4845); what was said while
// it was away is caught up by the callers (see docs/multi-instance.md).
import { Redis, type RedisOptions } from "ioredis";
import { log } from "../log";

export type RedisHealth = "ok" | "unreachable";

export interface RedisConnections {
  /** Commands and PUBLISH. */
  command: Redis;
  /** SUBSCRIBE only. */
  subscriber: Redis;
  /** For the socket.io adapter, which blocks on XREAD. */
  adapter: Redis;
  health(): RedisHealth;
  /** Calls `listener` each time the connections are ready again after having been down. */
  onReconnected(listener: () => void): void;
  close(): Promise<void>;
}

/**
 * Reconnect quickly (a Redis restart takes about a second) but not in a tight loop; a command
 * issued while Redis is away waits in ioredis' queue for a few retries, then fails, and its
 * caller decides (the board relay drops it: PostgreSQL has the row).
 */
const options: RedisOptions = {
  retryStrategy: (attempt) => Math.min(attempt * 100, 1000),
  maxRetriesPerRequest: 3,
  enableAutoPipelining: true,
  lazyConnect: false,
  connectionName: "samla",
};

export function createRedisConnections(url: string, instanceId: string): RedisConnections {
  const named = (role: string): Redis => {
    const client = new Redis(url, { ...options, connectionName: `samla:${instanceId}:${role}` });
    // Without a listener ioredis prints every failed reconnect attempt as an unhandled error;
    // the loss itself is logged once, on "close", below.
    client.on("error", () => undefined);
    return client;
  };
  const command = named("command");
  const subscriber = named("subscriber");
  const adapter = named("adapter");
  const clients = [command, subscriber, adapter];
  const listeners: Array<() => void> = [];
  let wasDown = false;

  for (const client of clients) {
    client.on("close", () => {
      if (!wasDown) log.warn("redis: connection lost; reconnecting (boards are still stored and acknowledged)");
      wasDown = true;
    });
    client.on("ready", () => {
      if (!wasDown || clients.some((c) => c.status !== "ready")) return;
      wasDown = false;
      log.info("redis: connected again; catching up");
      for (const listener of listeners) listener();
    });
  }

  return {
    command,
    subscriber,
    adapter,
    health: () => (clients.every((c) => c.status === "ready") ? "ok" : "unreachable"),
    onReconnected: (listener) => void listeners.push(listener),
    async close() {
      await Promise.allSettled(clients.map((c) => c.quit()));
      for (const c of clients) c.disconnect();
    },
  };
}
