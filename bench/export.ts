// npm run bench:export: time, main-thread event-loop block, peak memory and size per export
// format on a generated workshop with 2,000 notes (override with NOTES=n). Runs in-process
// against a fresh SQLite database, the boards read from the stored update log as the server
// reads a closed board, and the files rendered by the same report worker the server uses.
// Each report row is split into its stages: load (database rows and the boards' encoded
// states, on the main thread) and render (in the worker: decode the boards, build the model,
// write the file, including the copies into the worker and back). "Longest block" is the longest gap a 5 ms timer on the main thread saw while
// the export ran: how long a socket, board sync or another request would have waited.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "../server/platform/db/migrate";
import { createDb } from "../server/platform/db/client";
import { loadReportSource, readDocFromLog, readStateFromLog } from "../server/report/loadReportInput";
import type { ReportFormat } from "../server/report/formats";
import { RenderPool } from "../server/report/worker/renderPool";
import { archiveFile } from "../server/report/archive/archiveFiles";
import { seedExportWorkshop } from "../tests/integration/exportFixture";

const notes = Number(process.env.NOTES ?? 2000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samla-bench-export-"));
const url = `file:${path.join(dir, "bench.db")}`;
await applyMigrations(url);
const db = createDb(url);
const fixture = await seedExportWorkshop(db, { notes });
console.log(`workshop with ${fixture.noteCount} notes, 14 participants, 1 voting round, 2 action chains`);
const pool = new RenderPool();

interface Stages {
  load: number;
  render: number;
  bytes: number;
}

async function report(format: ReportFormat): Promise<Stages> {
  let t = performance.now();
  const source = await loadReportSource(db, fixture.workshopId, readStateFromLog(db));
  const load = performance.now() - t;
  t = performance.now();
  const { body } = await pool.render({ source, format, sheet: "notes" });
  return { load, render: performance.now() - t, bytes: body.byteLength };
}

async function archive(): Promise<Stages> {
  const t = performance.now();
  const file = await archiveFile(db, fixture.workshopId, readDocFromLog(db));
  return { load: performance.now() - t, render: 0, bytes: file.body.length };
}

// Warm-up: the first run pays for starting the worker and loading the libraries into it.
const cold = performance.now();
await report("docx");
console.log(`warm-up (worker start + first docx): ${(performance.now() - cold).toFixed(0)} ms`);

const runs: [string, () => Promise<Stages>][] = [
  ["docx", () => report("docx")],
  ["pdf", () => report("pdf")],
  ["xlsx", () => report("xlsx")],
  ["csv", () => report("csv")],
  ["json archive", archive],
];

const cols = ["format", "total ms", "load ms", "render ms", "longest block ms", "peak RSS MB", "file KB"];
console.log(cols.map((c, i) => (i === 0 ? c.padEnd(12) : c.padStart(c.length + 2))).join(""));
for (const [name, run] of runs) {
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
  const stages = await run();
  const ms = performance.now() - start;
  // The gap up to the end counts too: the last stretch of work may not have seen a tick yet.
  longest = Math.max(longest, performance.now() - last - 5);
  clearInterval(probe);
  peak = Math.max(peak, process.memoryUsage().rss);
  const values = [ms, stages.load, stages.render, longest, peak / 1048576, stages.bytes / 1024];
  console.log(name.padEnd(12) + values.map((v, i) => v.toFixed(0).padStart(cols[i + 1].length + 2)).join(""));
}
await pool.close();
await db.$disconnect();
fs.rmSync(dir, { recursive: true, force: true });
