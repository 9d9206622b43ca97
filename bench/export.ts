// npm run bench:export: time and peak memory per export format on a generated workshop with
// 2,000 notes (override with NOTES=n). Runs in-process against a fresh SQLite database, the
// boards read from the stored update log as the server reads a closed board. The event-loop
// figure is the longest gap a timer saw while the export ran: how long others would wait.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "../server/db/migrate";
import { createDb } from "../server/db/client";
import { readDocFromLog } from "../server/report/loadReportInput";
import { archiveFile } from "../server/services/archive";
import { exportReport, type ExportFile } from "../server/services/export";
import { seedExportWorkshop } from "../tests/integration/exportFixture";

const notes = Number(process.env.NOTES ?? 2000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samla-bench-export-"));
const url = `file:${path.join(dir, "bench.db")}`;
await applyMigrations(url);
const db = createDb(url);
const fixture = await seedExportWorkshop(db, { notes });
console.log(`workshop with ${fixture.noteCount} notes, 14 participants, 1 voting round, 2 action chains`);

const formats: [string, () => Promise<ExportFile>][] = [
  ["docx", () => exportReport(db, fixture.workshopId, "docx", readDocFromLog(db))],
  ["pdf", () => exportReport(db, fixture.workshopId, "pdf", readDocFromLog(db))],
  ["xlsx", () => exportReport(db, fixture.workshopId, "xlsx", readDocFromLog(db))],
  ["csv", () => exportReport(db, fixture.workshopId, "csv", readDocFromLog(db), "notes")],
  ["json archive", () => archiveFile(db, fixture.workshopId, readDocFromLog(db))],
];

// Warm-up: the first run pays for loading the libraries, not for the export.
await formats[0][1]();

console.log("format        time ms   longest event-loop block ms   peak RSS MB   file KB");
for (const [name, run] of formats) {
  globalThis.gc?.();
  let peak = process.memoryUsage().rss;
  let longest = 0;
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 5);
    last = now;
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const start = performance.now();
  const file = await run();
  const ms = performance.now() - start;
  clearInterval(probe);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(`${name.padEnd(12)} ${ms.toFixed(0).padStart(8)} ${longest.toFixed(0).padStart(29)} ${(peak / 1048576).toFixed(0).padStart(13)} ${(file.body.length / 1024).toFixed(0).padStart(9)}`);
}
await db.$disconnect();
fs.rmSync(dir, { recursive: true, force: true });
