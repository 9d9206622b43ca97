// Applies pending migrations at every start, before anything opens the database. Runs Prisma's
// schema engine (WebAssembly) in this process: no native binary, no CLI, the same
// _prisma_migrations bookkeeping as `prisma migrate deploy`.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { flavourOf, sqliteFilePath } from "./client";
import { postgresAdapterFactory, sqliteAdapterFactory, type ClosableAdapterFactory } from "./migrationAdapters";
import { migrationsDir, readMigrationList } from "./migrationsFolder";
import { openSchemaEngine, type MigrationList } from "./schemaEngine";

/**
 * Our own advisory lock key ("samla" in ASCII), distinct from the engine's 72707369. The engine
 * does take that lock, but on one connection of the adapter's pool, where it lasts only as long
 * as the pool keeps that connection. Ours is held on a dedicated connection across the whole
 * run, so two servers starting at once against one PostgreSQL take turns and the second finds
 * nothing pending.
 */
const MIGRATION_LOCK_KEY = 0x73616d6c61;

export interface ApplyOptions {
  /** Default: prisma/<flavour>/migrations. Tests point it at a folder of their own. */
  migrationsDirectory?: string;
}

/** Returns the names of the migrations applied by this call (empty when none were pending). */
export async function applyMigrations(databaseUrl: string, options: ApplyOptions = {}): Promise<string[]> {
  const flavour = flavourOf(databaseUrl);
  const migrations = readMigrationList(flavour, options.migrationsDirectory ?? migrationsDir(flavour));
  if (flavour === "sqlite") {
    const file = sqliteFilePath(databaseUrl);
    prepareSqliteFile(file);
    return runEngine(sqliteAdapterFactory(file), migrations);
  }
  const lock = await acquirePostgresLock(databaseUrl);
  try {
    return await runEngine(postgresAdapterFactory(databaseUrl), migrations);
  } finally {
    await lock.release();
  }
}

async function runEngine(adapters: ClosableAdapterFactory, migrationsList: MigrationList): Promise<string[]> {
  try {
    const session = await openSchemaEngine(adapters.factory);
    try {
      const result = await session.engine.applyMigrations({
        migrationsList,
        filters: { externalTables: [], externalEnums: [] },
      });
      return result.appliedMigrationNames;
    } catch (error) {
      const explained = session.explain(error);
      // The wasm engine cannot name SQLite's "database is locked" (it has no variant for the
      // adapter's SocketTimeout); say what it almost always means.
      const hint = /SocketTimeout/.test(explained.message)
        ? " (the database stayed locked: is another Samla process running on the same data directory?)"
        : "";
      throw new Error(`Database migrations from ${migrationsList.baseDir} failed${hint}: ${explained.message}`, {
        cause: explained,
      });
    } finally {
      session.free();
    }
  } finally {
    await adapters.close();
  }
}

/**
 * WAL lets readers (reports, health checks) run while a board flush writes; the mode is stored
 * in the file, so setting it once here covers every later connection.
 */
function prepareSqliteFile(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 10_000 });
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}

async function acquirePostgresLock(databaseUrl: string): Promise<{ release(): Promise<void> }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  } catch (error) {
    await client.end();
    throw error;
  }
  return {
    // Ending the session releases the lock too; unlocking first keeps that explicit.
    async release() {
      try {
        await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
      } finally {
        await client.end();
      }
    },
  };
}
