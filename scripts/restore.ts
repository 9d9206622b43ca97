// `npm run restore -- <backup file> [--replace]`: puts a backup from `npm run backup` in place of
// the SQLite database that DATABASE_URL / DATA_DIR name. Stop Samla first; --replace is needed to
// overwrite an existing database. Samla migrates the restored file at its next start.
import { parseConfig } from "../server/platform/config";
import { BackupError, restoreSqlite } from "../server/platform/db/backup";
import { sqliteFilePath } from "../server/platform/db/client";

function main(): void {
  const args = process.argv.slice(2);
  const backup = args.find((a) => !a.startsWith("--"));
  if (!backup) throw new BackupError("noBackup", "usage: npm run restore -- <backup file> [--replace]");
  const config = parseConfig(process.env);
  if (config.databaseFlavour === "postgresql") {
    throw new BackupError("postgres", 'DATABASE_URL is PostgreSQL: restore with pg_restore, e.g. pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" samla.dump (docs/deploy.md)');
  }
  const target = sqliteFilePath(config.databaseUrl);
  const result = restoreSqlite(backup, target, { replace: args.includes("--replace") });
  console.log(`${backup} → ${target}: ${result.bytes} bytes; start Samla to use it`);
}

try {
  main();
} catch (error: unknown) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
