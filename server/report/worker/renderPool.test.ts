// The report worker pool against real worker threads: a good job comes back as a file, and
// every way a job can go wrong ends in a RenderError with its code while the pool carries on
// with the next job.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as Y from "yjs";
import { afterEach, describe, expect, it } from "vitest";
import { addNote } from "@/lib/board";
import type { RenderJob } from "../formats";
import type { ReportSource } from "../types";
import { RenderError, RenderPool } from "./renderPool";

function source(notes: string[]): ReportSource {
  const doc = new Y.Doc();
  for (const text of notes) addNote(doc, { text, x: 0, y: 0, authorOrganisation: "NTNU" });
  return {
    workshop: { id: "w1", title: "Prøve", date: null, place: null, organisers: null, language: "nb", method: "free", status: "closed", anonymous: false, minGroupSize: 3 },
    organisations: [],
    phases: [],
    tables: [],
    participants: [],
    boards: [{ id: "b1", tableId: null, title: "Plenum", locked: false, updates: [Y.encodeStateAsUpdate(doc)] }],
    rounds: [],
    generatedAt: "2026-03-12T12:00:00.000Z",
  };
}

/** A stand-in worker entry, for the failures a real renderer should never have. */
function entry(code: string): URL {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "samla-worker-")), "entry.mjs");
  fs.writeFileSync(file, `import { parentPort } from "node:worker_threads";\n${code}\n`);
  return pathToFileURL(file);
}

const pools: RenderPool[] = [];
function pool(options?: ConstructorParameters<typeof RenderPool>[0]): RenderPool {
  const created = new RenderPool(options);
  pools.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RenderError);
  return (error as RenderError).code;
}

describe("RenderPool", () => {
  it("renders in the real worker, answers a failing job with renderFailed and keeps working", async () => {
    const p = pool();
    const csv = await p.render({ source: source(["Første lapp", "=1+1"]), format: "csv", sheet: "notes" });
    const text = Buffer.from(csv.body).toString("utf8");
    expect(csv.suffix).toBe("-lapper.csv");
    expect(text).toContain("Første lapp");
    expect(text).toContain("'=1+1");
    expect(await codeOf(p.render({ source: source([]), format: "nope" } as unknown as RenderJob))).toBe("renderFailed");
    const docx = await p.render({ source: source(["Etter feilen"]), format: "docx" });
    expect(Buffer.from(docx.body).subarray(0, 2).toString()).toBe("PK");
  });

  it("fails the running job with renderWorkerFailed when the worker dies, and starts a new one for the next", async () => {
    const p = pool({ entry: entry(`parentPort.on("message", () => process.exit(3));`) });
    expect(await codeOf(p.render({ source: source([]), format: "csv" }))).toBe("renderWorkerFailed");
    expect(await codeOf(p.render({ source: source([]), format: "csv" }))).toBe("renderWorkerFailed");
  });

  it("ends a job that runs too long with renderTimeout", async () => {
    const p = pool({ entry: entry(`parentPort.on("message", () => {});`), timeoutMs: 300 });
    expect(await codeOf(p.render({ source: source([]), format: "csv" }))).toBe("renderTimeout");
  });

  it("queues a burst on one worker and refuses beyond the queue with renderBusy", async () => {
    // Answers each job after 50 ms with the number of jobs this one worker has seen.
    const p = pool({
      entry: entry(`let seen = 0; parentPort.on("message", ({ id }) => { seen++; setTimeout(() => parentPort.postMessage({ id, ok: true, body: new Uint8Array([seen]), suffix: "" }), 50); });`),
      maxQueued: 2,
    });
    const jobs = [0, 1, 2].map(() => p.render({ source: source([]), format: "csv" }));
    expect(await codeOf(p.render({ source: source([]), format: "csv" }))).toBe("renderBusy");
    const seen = (await Promise.all(jobs)).map((r) => r.body[0]);
    expect(seen).toEqual([1, 2, 3]);
  });

  it("ends an idle worker and starts a fresh one for the next job", async () => {
    const p = pool({ entry: entry(`let seen = 0; parentPort.on("message", ({ id }) => parentPort.postMessage({ id, ok: true, body: new Uint8Array([++seen]), suffix: "" }));`), idleMs: 100 });
    expect((await p.render({ source: source([]), format: "csv" })).body[0]).toBe(1);
    expect((await p.render({ source: source([]), format: "csv" })).body[0]).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await p.render({ source: source([]), format: "csv" })).body[0]).toBe(1);
  });
});
