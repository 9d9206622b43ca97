// `npm run db:migrate`: applies pending migrations to DATABASE_URL (default: the SQLite file in
// DATA_DIR, exactly as the server would choose). The server does the same at every start; this
// is for deployments that migrate as a separate step, and for checking a database by hand.
import { parseConfig } from "../server/platform/config";
import { applyMigrations } from "../server/platform/db/migrate";

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const target = config.databaseFlavour === "sqlite" ? config.databaseUrl : redactPassword(config.databaseUrl);
  const started = performance.now();
  const applied = await applyMigrations(config.databaseUrl);
  const ms = Math.round(performance.now() - started);
  if (applied.length === 0) console.log(`${target}: up to date (${ms} ms)`);
  else console.log(`${target}: applied ${applied.join(", ")} (${ms} ms)`);
}

function redactPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
