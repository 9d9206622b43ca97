// One Prisma client per process, built on a driver adapter (no native query engine).
// The SQLite and PostgreSQL clients are generated from schemas kept identical, so the
// PostgreSQL one is typed through the SQLite client's types.
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { sqliteDurable } from "./sqliteDurability";
import { sqliteInTurn } from "./sqliteInTurn";
import { sqliteStatementCache } from "./sqliteStatementCache";
import { log } from "../log";
import { metrics } from "../metrics";

/** Prisma reports each failed query as an "error" event: counted for /metrics. */
const errorEvents = [{ emit: "event", level: "error" }] as const;
function countErrors(db: { $on(event: "error", listener: () => void): void }): void {
  db.$on("error", () => metrics.dbErrors.inc({ where: "query" }));
}

export type Db = SqliteClient;
export type DbFlavour = "sqlite" | "postgresql";

export function flavourOf(databaseUrl: string): DbFlavour {
  return databaseUrl.startsWith("file:") ? "sqlite" : "postgresql";
}

/** Path of a `file:` URL's SQLite database, resolved against the working directory. */
export function sqliteFilePath(databaseUrl: string): string {
  return path.resolve(databaseUrl.slice("file:".length));
}

// Kept on globalThis for the same reason as the shared client below: the Next.js bundle has its
// own copy of this module, and must know the flavour of a client the other half created.
const globalFlavours = globalThis as typeof globalThis & { [key: symbol]: WeakMap<Db, DbFlavour> | undefined };
const flavoursKey = Symbol.for("samla.dbFlavours");
const flavours = (globalFlavours[flavoursKey] ??= new WeakMap<Db, DbFlavour>());
const poolsKey = Symbol.for("samla.pgPools");
const globalPools = globalThis as typeof globalThis & { [key: symbol]: WeakMap<Db, PostgresPools> | undefined };
const pools = (globalPools[poolsKey] ??= new WeakMap<Db, PostgresPools>());

/**
 * Queries run on one pool; session advisory locks wait and are held on another. A lock holder's
 * work queries, so if holders took query connections, as many workshops at once as the pool
 * has connections would each hold one and wait for another: every query of the instance would
 * stop for good.
 */
interface PostgresPools {
  queries: pg.Pool;
  locks: pg.Pool | undefined;
  databaseUrl: string;
}

export function createDb(databaseUrl: string): Db {
  const flavour = flavourOf(databaseUrl);
  let db: Db;
  if (flavour === "sqlite") {
    const file = sqliteFilePath(databaseUrl);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // In turn: nothing runs inside another caller's open transaction (see sqliteInTurn.ts);
    // statements stay prepared between runs (sqliteStatementCache.ts).
    // Every commit fsynced before it counts as done (sqliteDurability.ts).
    const adapter = sqliteInTurn(sqliteStatementCache(sqliteDurable(new PrismaBetterSqlite3({ url: `file:${file}` }))));
    const sqlite = new SqliteClient({ adapter, log: [...errorEvents] });
    countErrors(sqlite);
    db = sqlite as unknown as Db;
  } else {
    // Our own pool, handed to the adapter, so the few hot writes that must run as a transaction
    // can run it on a pooled connection directly (see postgresPool below).
    // synchronous_commit=off on the server would let a commit return before it is on disk;
    // acknowledged writes must survive a power cut. A URL's own `options` take precedence.
    const pool = new pg.Pool({ connectionString: databaseUrl, options: "-c synchronous_commit=on" });
    const postgres = new PostgresClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }), log: [...errorEvents] });
    countErrors(postgres);
    db = postgres as unknown as Db;
    pools.set(db, { queries: pool, locks: undefined, databaseUrl });
  }
  flavours.set(db, flavour);
  return db;
}

/**
 * The node-postgres pool behind a PostgreSQL client made by createDb. Prisma's interactive
 * transactions are slow under concurrency here (an empty BEGIN/SELECT 1/COMMIT answered in
 * 275 ms at the median with 120 callers, a plain statement in 3 ms on the same pool), so a
 * transaction on a hot path (a vote: server/voting/writes.ts) runs on a connection of
 * this pool instead.
 */
export function postgresPool(db: Db): pg.Pool {
  return postgresPoolsOf(db).queries;
}

/**
 * The pool on which session advisory locks are taken (server/platform/serialised.ts), made on
 * first use. Its idle connections do not keep the process alive; disconnectDb ends it.
 */
export function postgresLockPool(db: Db): pg.Pool {
  const entry = postgresPoolsOf(db);
  if (!entry.locks) {
    entry.locks = new pg.Pool({ connectionString: entry.databaseUrl, allowExitOnIdle: true });
    // An idle connection the database dropped is removed from the pool; only say so.
    entry.locks.on("error", (error) => log.warn("database: an idle lock connection failed", error));
  }
  return entry.locks;
}

function postgresPoolsOf(db: Db): PostgresPools {
  const entry = pools.get(db);
  if (!entry) throw new Error("postgresPool: not a PostgreSQL client made by createDb");
  return entry;
}

/**
 * Which database a client made by createDb talks to, for the few writes whose safety rests on
 * how that database runs statements side by side (e.g. server/voting/writes.ts).
 */
export function dbFlavour(db: Db): DbFlavour {
  const flavour = flavours.get(db);
  if (!flavour) throw new Error("dbFlavour: not a client made by createDb (a transaction client has no flavour of its own)");
  return flavour;
}

const globalForDb = globalThis as typeof globalThis & { __samlaDb?: Db };

/**
 * The shared client. Next.js bundles route handlers separately from server/main.ts, so the
 * singleton lives on globalThis: both halves of the one process use the same connection.
 */
export function getDb(): Db {
  if (!globalForDb.__samlaDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set; start Samla through server/main.ts");
    globalForDb.__samlaDb = createDb(url);
  }
  return globalForDb.__samlaDb;
}

/**
 * Closes the shared client at shutdown. Work already under way (a socket's first room state,
 * a join) is given `graceMs` to finish on its connection first: node-postgres never answers a
 * caller still waiting for a connection once its pool is ending, so ending a busy pool would
 * hold the process open for good.
 */
export async function closeDb(graceMs = 5_000): Promise<void> {
  const db = globalForDb.__samlaDb;
  globalForDb.__samlaDb = undefined;
  if (!db) return;
  const entry = pools.get(db);
  const busy = entry ? [entry.queries, entry.locks].filter((pool): pool is pg.Pool => pool !== undefined) : [];
  const deadline = Date.now() + graceMs;
  while (busy.some(inUse) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const stillBusy = busy.filter(inUse);
  if (stillBusy.length > 0) {
    const waiting = stillBusy.reduce((sum, pool) => sum + pool.waitingCount, 0);
    log.warn(`database: work still running ${graceMs / 1000} s after closing began (${waiting} waiting for a connection); leaving it`);
    void disconnectDb(db).catch(() => undefined);
    return;
  }
  await disconnectDb(db);
}

/** Ends a client made by createDb and, on PostgreSQL, its lock pool too. */
export async function disconnectDb(db: Db): Promise<void> {
  const locks = pools.get(db)?.locks;
  await Promise.all([db.$disconnect(), locks?.end()]);
}

function inUse(pool: pg.Pool): boolean {
  return pool.waitingCount > 0 || pool.idleCount < pool.totalCount;
}
