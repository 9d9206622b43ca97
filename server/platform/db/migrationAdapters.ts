// Driver adapters the schema engine runs on, with the two fixes the stock adapters need when the
// engine (rather than the query client) talks through them. Each factory remembers what it
// opened so that one close() releases every connection, whatever the engine did or did not free.
import { randomUUID } from "node:crypto";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";

export interface ClosableAdapterFactory {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Disposes every adapter the engine obtained and ends the pools behind them. */
  close(): Promise<void>;
}

/**
 * Keeps a list of adapters handed out and makes dispose() idempotent, because both the engine
 * (on free) and our close() may call it.
 */
function tracker() {
  const open = new Set<SqlDriverAdapter>();
  return {
    track(adapter: SqlDriverAdapter): SqlDriverAdapter {
      const dispose = adapter.dispose.bind(adapter);
      let disposed: Promise<void> | undefined;
      adapter.dispose = () => {
        open.delete(adapter);
        disposed ??= dispose();
        return disposed;
      };
      open.add(adapter);
      return adapter;
    },
    async disposeAll(): Promise<void> {
      await Promise.all([...open].map((adapter) => adapter.dispose()));
    },
  };
}

/**
 * The engine sends a whole migration script to the shadow database through executeRaw();
 * better-sqlite3's prepare() accepts one statement only, so scripts go to executeScript().
 */
function acceptScriptsInExecuteRaw(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    const body = query.sql.trim().replace(/;\s*$/, "");
    if (query.args.length === 0 && body.includes(";")) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  return adapter;
}

export function sqliteAdapterFactory(file: string): ClosableAdapterFactory {
  const adapters = tracker();
  // Default (iso8601) timestamps: that is how Prisma's own engine writes _prisma_migrations.
  const base = new PrismaBetterSqlite3({ url: `file:${file}`, timeout: 10_000 });
  const shadow = new PrismaBetterSqlite3({ url: ":memory:" });
  return {
    factory: {
      provider: "sqlite",
      adapterName: base.adapterName,
      connect: async () => adapters.track(await base.connect()),
      connectToShadowDb: async () => adapters.track(acceptScriptsInExecuteRaw(await shadow.connect())),
    },
    close: () => adapters.disposeAll(),
  };
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] } | undefined;

function relabelCharColumns<T>(result: T): T {
  for (const field of (result as QueryResultLike)?.fields ?? []) {
    if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  }
  return result;
}

/**
 * The engine's catalog queries return columns of PostgreSQL's one-byte `"char"` type (OID 18,
 * e.g. pg_class.relkind), which adapter-pg refuses to map. Their values already arrive as
 * strings, so labelling them TEXT is exact. pg-pool calls query() with a callback, transactions
 * call it without: both paths are covered.
 */
class CatalogTolerantClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const callbackAt = args.findIndex((arg) => typeof arg === "function");
    if (callbackAt >= 0) {
      const callback = args[callbackAt] as (error: Error | null, result: unknown) => void;
      args[callbackAt] = (error: Error | null, result: unknown) =>
        callback(error, error ? result : relabelCharColumns(result));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const returned = (super.query as (...a: any[]) => any)(...args);
    return returned && typeof returned.then === "function" ? returned.then(relabelCharColumns) : returned;
  }
}

function enginePool(config: pg.PoolConfig): pg.Pool {
  // A pool of two: the engine works one statement at a time, the spare serves its lock query.
  return new pg.Pool({ ...config, max: 2, Client: CatalogTolerantClient as unknown as new () => pg.ClientBase });
}

async function runAdmin(connectionString: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function postgresAdapterFactory(databaseUrl: string): ClosableAdapterFactory {
  const adapters = tracker();
  const pools: pg.Pool[] = [];
  const pool = (config: pg.PoolConfig) => {
    const created = enginePool(config);
    pools.push(created);
    return created;
  };
  const main = new PrismaPg(pool({ connectionString: databaseUrl }));
  return {
    factory: {
      provider: "postgres",
      adapterName: main.adapterName,
      connect: async () => adapters.track(await main.connect()),
      // The stock shadow database is dropped before its pool ends ("being accessed by other
      // users"); this one ends its pool first, then drops with FORCE.
      connectToShadowDb: async () => {
        const name = `samla_shadow_${randomUUID().replaceAll("-", "")}`;
        await runAdmin(databaseUrl, `CREATE DATABASE "${name}"`);
        const url = new URL(databaseUrl);
        url.pathname = `/${name}`;
        const shadowPool = pool({ connectionString: url.toString() });
        const adapter = await new PrismaPg(shadowPool).connect();
        const dispose = adapter.dispose.bind(adapter);
        adapter.dispose = async () => {
          await dispose();
          await shadowPool.end();
          await runAdmin(databaseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        };
        return adapters.track(adapter);
      },
    },
    async close() {
      await adapters.disposeAll();
      await Promise.all(pools.map((p) => (p.ended ? undefined : p.end())));
    },
  };
}
