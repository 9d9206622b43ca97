// `npm run backup -- <file>`: a consistent copy of Samla's SQLite database, taken while Samla
// runs (server/platform/db/backup.ts). Reads DATABASE_URL / DATA_DIR exactly as the server does.
// For PostgreSQL it names the pg_dump command instead (docs/deploy.md, "Backups").
import { parseConfig } from "../server/platform/config";
import { BackupError, backupSqlite } from "../server/platform/db/backup";
import { sqliteFilePath } from "../server/platform/db/client";

async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target) throw new BackupError("noBackup", "usage: npm run backup -- <file>   (e.g. /var/backups/samla/samla-$(date +%F).db)");
  const config = parseConfig(process.env);
  if (config.databaseFlavour === "postgresql") {
    throw new BackupError("postgres", 'DATABASE_URL is PostgreSQL: back it up with pg_dump, e.g. pg_dump --format=custom --file=samla.dump "$DATABASE_URL" (docs/deploy.md)');
  }
  const source = sqliteFilePath(config.databaseUrl);
  const result = await backupSqlite(source, target);
  console.log(`${source} → ${target}: ${result.bytes} bytes (${result.pages} pages) in ${result.ms} ms`);
  console.log("Keep DATA_DIR/auth-secret too (once; it does not change) unless AUTH_SECRET is set: without it, sign-ins and join links end.");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
