// `npm run db:migration:new -- <name>`: writes prisma/{sqlite,postgresql}/migrations/<ts>_<name>
// from the difference between what each folder's migrations build and the schema files.
// Prisma's `migrate dev` needs the native engine; here the wasm engine replays the folder on a
// shadow database instead: an in-memory SQLite, and for PostgreSQL a throw-away database on
// SHADOW_DATABASE_URL's server, or else a throw-away local cluster (PostgreSQL's server binaries
// must be installed; see docs/database.md).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DbFlavour } from "../server/platform/db/client";
import { postgresAdapterFactory, sqliteAdapterFactory } from "../server/platform/db/migrationAdapters";
import { migrationFolderName, pendingSchemaSql, writeMigration } from "../server/platform/db/migrationAuthoring";
import { postgresAvailable, startPostgres } from "../tests/helpers/postgres";

const NOTHING_TO_DO = "-- This migration changes nothing for this database flavour.\n";

async function sqliteSql(): Promise<string> {
  // The engine opens its main database even when it only diffs; keep it out of the project.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samla-migration-new-"));
  try {
    return await pendingSchemaSql("sqlite", sqliteAdapterFactory(path.join(dir, "unused.db")));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function postgresSql(): Promise<string> {
  const server = process.env.SHADOW_DATABASE_URL;
  if (server) return pendingSchemaSql("postgresql", postgresAdapterFactory(server));
  if (!postgresAvailable()) {
    throw new Error(
      "PostgreSQL's migration needs a PostgreSQL server to replay the existing migrations on: " +
        "install PostgreSQL (apt-get install -y postgresql) or set SHADOW_DATABASE_URL to a server " +
        "where this user may create and drop databases",
    );
  }
  const cluster = await startPostgres();
  try {
    return await pendingSchemaSql("postgresql", postgresAdapterFactory(cluster.url));
  } finally {
    await cluster.stop();
  }
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name) throw new Error("usage: npm run db:migration:new -- <name>   (e.g. add_workshop_notes)");
  const folder = migrationFolderName(name);
  const sql: Record<DbFlavour, string> = { sqlite: await sqliteSql(), postgresql: await postgresSql() };
  if (!sql.sqlite && !sql.postgresql) {
    console.log("The schema files match the migrations: nothing to write.");
    return;
  }
  // Both folders always get the same migration names (schema-parity test), even when one
  // flavour has nothing to do.
  for (const flavour of ["sqlite", "postgresql"] as const) {
    const target = writeMigration(flavour, folder, sql[flavour] || NOTHING_TO_DO);
    console.log(`wrote ${path.relative(process.cwd(), target)}/migration.sql`);
  }
  console.log("Read both files before committing: the engine cannot know about renames or data moves.");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
