// One Prisma client per process, built on a driver adapter (no native query engine).
// The SQLite and PostgreSQL clients are generated from schemas kept identical, so the
// PostgreSQL one is typed through the SQLite client's types.
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { sqliteInTurn } from "./sqliteInTurn";
import { sqliteStatementCache } from "./sqliteStatementCache";

export type Db = SqliteClient;
export type DbFlavour = "sqlite" | "postgresql";

export function flavourOf(databaseUrl: string): DbFlavour {
  return databaseUrl.startsWith("file:") ? "sqlite" : "postgresql";
}

/** Path of a `file:` URL's SQLite database, resolved against the working directory. */
export function sqliteFilePath(databaseUrl: string): string {
  return path.resolve(databaseUrl.slice("file:".length));
}

export function createDb(databaseUrl: string): Db {
  if (flavourOf(databaseUrl) === "sqlite") {
    const file = sqliteFilePath(databaseUrl);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // In turn: nothing runs inside another caller's open transaction (see sqliteInTurn.ts);
    // statements stay prepared between runs (sqliteStatementCache.ts).
    const adapter = sqliteInTurn(sqliteStatementCache(new PrismaBetterSqlite3({ url: `file:${file}` })));
    return new SqliteClient({ adapter });
  }
  const adapter = new PrismaPg({ connectionString: databaseUrl });
  return new PostgresClient({ adapter }) as unknown as Db;
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

export async function closeDb(): Promise<void> {
  const db = globalForDb.__samlaDb;
  globalForDb.__samlaDb = undefined;
  await db?.$disconnect();
}
