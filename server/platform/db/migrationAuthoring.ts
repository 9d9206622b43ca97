// Writes the SQL for a new migration: the difference between what the migrations folder builds
// and what the schema file describes. The engine replays the folder on a shadow database (a
// fresh in-memory SQLite, or a throw-away PostgreSQL database) and diffs that against the schema.
import fs from "node:fs";
import path from "node:path";
import type { DbFlavour } from "./client";
import type { ClosableAdapterFactory } from "./migrationAdapters";
import { lockfileContent, migrationNames, migrationsDir, readMigrationList, schemaPath } from "./migrationsFolder";
import { openSchemaEngine, type DiffTarget } from "./schemaEngine";

/** SQL that takes the database built by the folder's migrations to the schema; "" when none. */
export async function pendingSchemaSql(
  flavour: DbFlavour,
  adapters: ClosableAdapterFactory,
  dir = migrationsDir(flavour),
): Promise<string> {
  const file = schemaPath(flavour);
  const schema = { files: [{ path: file, content: fs.readFileSync(file, "utf8") }] };
  // An empty folder needs no shadow database: diff from nothing.
  const from: DiffTarget =
    migrationNames(dir).length === 0 ? { tag: "empty" } : { tag: "migrations", ...readMigrationList(flavour, dir) };
  try {
    const session = await openSchemaEngine(adapters.factory);
    try {
      const result = await session.engine.diff({
        from,
        to: { tag: "schemaDatamodel", ...schema },
        script: true,
        exitCode: true,
        filters: { externalTables: [], externalEnums: [] },
      });
      // exitCode 2 = the two sides differ; 0 = nothing to migrate.
      return result.exitCode === 2 ? (result.stdout ?? "") : "";
    } catch (error) {
      throw session.explain(error);
    } finally {
      session.free();
    }
  } finally {
    await adapters.close();
  }
}

/** `20261122000000`-style UTC timestamp, the prefix Prisma's CLI uses for migration folders. */
export function migrationTimestamp(now = new Date()): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

export function migrationFolderName(name: string, now = new Date()): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!slug) throw new Error(`"${name}" is not a usable migration name (use letters, digits and _)`);
  return `${migrationTimestamp(now)}_${slug}`;
}

export function writeMigration(flavour: DbFlavour, folderName: string, sql: string, dir = migrationsDir(flavour)): string {
  const target = path.join(dir, folderName);
  fs.mkdirSync(target, { recursive: true });
  fs.writeFileSync(path.join(target, "migration.sql"), sql);
  const lock = path.join(dir, "migration_lock.toml");
  if (!fs.existsSync(lock)) fs.writeFileSync(lock, lockfileContent(flavour));
  return target;
}
