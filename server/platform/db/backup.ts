// A consistent copy of the SQLite database while Samla runs and writes, and putting one back.
//
// The copy uses SQLite's online backup API (better-sqlite3's backup()): pages are copied from
// a read snapshot, and if another connection writes between two steps SQLite starts over, so
// the file written is always one committed state of the database. The first step is small
// (better-sqlite3's default); every later step takes all remaining pages at once, so a busy
// board can restart the copy at most once. Acknowledged board updates are committed (and
// fsynced) before their ack is sent, so a copy begun after an ack holds that update.
//
// Restoring writes the copy beside the target and renames it into place, after checking that
// it is a whole Samla database; the server must be stopped (a running one keeps the old file
// open). The target's stale -wal and -shm files are removed with it.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export interface BackupResult {
  bytes: number;
  pages: number;
  ms: number;
}

/** Copies the live database at `sourceFile` to `targetFile` (which must not exist yet). */
export async function backupSqlite(sourceFile: string, targetFile: string): Promise<BackupResult> {
  if (!fs.existsSync(sourceFile)) throw new BackupError("noDatabase", `no database at ${sourceFile}`);
  if (fs.existsSync(targetFile)) throw new BackupError("targetExists", `${targetFile} exists already; choose a new file name`);
  fs.mkdirSync(path.dirname(path.resolve(targetFile)), { recursive: true });
  const started = performance.now();
  // Not read-only: a WAL database opened read-only cannot make its -shm file when none is there.
  const source = new Database(sourceFile, { fileMustExist: true });
  // The live server may hold a write lock for a moment; wait rather than fail.
  source.pragma("busy_timeout = 10000");
  const partial = `${targetFile}.partial`;
  try {
    const { totalPages } = await source.backup(partial, { progress: ({ remainingPages }) => remainingPages });
    // A backup is a single file: no journal beside it.
    const copy = new Database(partial);
    copy.pragma("journal_mode = DELETE");
    copy.close();
    fs.renameSync(partial, targetFile);
    return { bytes: fs.statSync(targetFile).size, pages: totalPages, ms: Math.round(performance.now() - started) };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
}

/** Tables every Samla database has: a copy without them is not a Samla backup. */
const requiredTables = ["_prisma_migrations", "Workshop", "Board", "BoardUpdate", "Participant"];

/** Puts the backup at `backupFile` in place of `targetFile`; `replace` allows overwriting one. */
export function restoreSqlite(backupFile: string, targetFile: string, options: { replace: boolean }): { bytes: number } {
  if (!fs.existsSync(backupFile)) throw new BackupError("noBackup", `no backup at ${backupFile}`);
  if (fs.existsSync(targetFile) && !options.replace) throw new BackupError("targetExists", `${targetFile} exists; stop Samla and pass --replace to overwrite it`);
  checkBackup(backupFile);
  fs.mkdirSync(path.dirname(targetFile), { recursive: true });
  const incoming = `${targetFile}.restoring`;
  fs.copyFileSync(backupFile, incoming);
  fs.rmSync(`${targetFile}-wal`, { force: true });
  fs.rmSync(`${targetFile}-shm`, { force: true });
  fs.renameSync(incoming, targetFile);
  return { bytes: fs.statSync(targetFile).size };
}

function checkBackup(file: string): void {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError("notSqlite", `${file} is not a SQLite database (${(error as Error).message})`);
  }
  try {
    const result = db.pragma("quick_check", { simple: true });
    if (result !== "ok") throw new BackupError("damaged", `${file} is damaged: ${String(result)}`);
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
    const missing = requiredTables.filter((t) => !tables.has(t));
    if (missing.length > 0) throw new BackupError("notSamla", `${file} is not a Samla database (no ${missing.join(", ")})`);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError("notSqlite", `${file} is not a SQLite database (${(error as Error).message})`);
  } finally {
    db.close();
  }
}

export class BackupError extends Error {
  constructor(
    readonly code: "noDatabase" | "targetExists" | "noBackup" | "notSqlite" | "damaged" | "notSamla" | "postgres",
    message: string,
  ) {
    super(message);
  }
}
