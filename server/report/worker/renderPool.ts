// Runs report rendering in one worker_thread, started on the first export and kept for the
// next ones. Jobs wait in a queue here and go to the worker one at a time: a burst of exports
// queues instead of starting a thread (and a copy of docx, pdfkit and exceljs) per request,
// and a crash or time-out can only ever take down the one job that was running.
//
// The worker entry is renderWorker.mjs, which registers the tsx loader in the worker and then
// imports renderWorker.ts. Its path comes from process.cwd()
// (the repository root, where the server is started), not from import.meta.url: route
// handlers are bundled by Next.js into .next/server, where import.meta.url points into the
// bundle and the source tree next to it does not exist.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { RenderedReport, AnyRenderJob } from "../formats";
import type { WorkerReply } from "./messages";

export type RenderErrorCode = "renderFailed" | "renderWorkerFailed" | "renderTimeout" | "renderBusy";

/** A report that could not be rendered; `code` is what the HTTP answer carries. */
export class RenderError extends Error {
  constructor(
    readonly code: RenderErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "RenderError";
  }
}

export interface RenderPoolOptions {
  /** The worker's entry file. Default: server/report/worker/renderWorker.mjs under process.cwd(). */
  entry?: URL;
  /** A job still running after this long ends the worker (a new one starts for the next job). Default 120 s. */
  timeoutMs?: number;
  /** Jobs allowed to wait behind the running one; more are refused with renderBusy. Default 20. */
  maxQueued?: number;
  /** Heap limit of the worker: a runaway export ends the worker, not the server. Default 1,024 MB. */
  maxHeapMb?: number;
  /**
   * An idle worker is ended after this long, giving back the memory docx, pdfkit and exceljs
   * hold (about 100 MB); a burst of exports reuses one worker. Default 5 minutes.
   */
  idleMs?: number;
}

interface Pending {
  id: number;
  job: AnyRenderJob;
  resolve(value: RenderedReport): void;
  reject(error: RenderError): void;
}

export class RenderPool {
  private worker: Worker | null = null;
  private readonly queue: Pending[] = [];
  private running: { pending: Pending; timer: NodeJS.Timeout } | null = null;
  private nextId = 1;
  private readonly entry: URL;
  private readonly timeoutMs: number;
  private readonly maxQueued: number;
  private readonly maxHeapMb: number;
  private readonly idleMs: number;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(options: RenderPoolOptions = {}) {
    this.entry = options.entry ?? pathToFileURL(path.join(process.cwd(), "server", "report", "worker", "renderWorker.mjs"));
    this.timeoutMs = options.timeoutMs ?? 120_000;
    this.maxQueued = options.maxQueued ?? 20;
    this.maxHeapMb = options.maxHeapMb ?? 1024;
    this.idleMs = options.idleMs ?? 5 * 60_000;
  }

  render(job: AnyRenderJob): Promise<RenderedReport> {
    if (this.queue.length >= this.maxQueued) return Promise.reject(new RenderError("renderBusy", `${this.queue.length} exports are already waiting`));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      this.next();
    });
  }

  /** Ends the worker; jobs still waiting are refused. For shutdown, tests and the bench. */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    for (const pending of this.queue.splice(0)) pending.reject(new RenderError("renderWorkerFailed", "the report worker was closed"));
    const worker = this.worker;
    this.fail(new RenderError("renderWorkerFailed", "the report worker was closed"));
    await worker?.terminate();
  }

  private start(): Worker {
    // No inherited flags: the entry registers tsx itself, and the parent's `--import tsx`
    // would register it a second time.
    const worker = new Worker(this.entry, { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb } });
    worker.on("message", (reply: WorkerReply) => this.settle(worker, reply));
    worker.on("error", (error) => {
      if (this.worker === worker) this.fail(new RenderError("renderWorkerFailed", `the report worker failed: ${error.message}`));
    });
    worker.on("exit", (code) => {
      if (this.worker === worker) this.fail(new RenderError("renderWorkerFailed", `the report worker exited with code ${code}`));
    });
    // An idle worker must not keep the process alive; it is ref'd while a job runs.
    worker.unref();
    return worker;
  }

  private next(): void {
    if (this.running) return;
    if (this.queue.length === 0) return this.endWhenIdle();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const pending = this.queue.shift()!;
    this.worker ??= this.start();
    const worker = this.worker;
    worker.ref();
    const timer = setTimeout(() => {
      this.fail(new RenderError("renderTimeout", `rendering took longer than ${this.timeoutMs} ms`));
      void worker.terminate();
    }, this.timeoutMs);
    this.running = { pending, timer };
    worker.postMessage({ id: pending.id, job: pending.job });
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    const running = this.running;
    if (worker !== this.worker || !running || running.pending.id !== reply.id) return;
    clearTimeout(running.timer);
    this.running = null;
    worker.unref();
    if (reply.ok) running.pending.resolve({ body: reply.body, suffix: reply.suffix });
    else running.pending.reject(new RenderError("renderFailed", reply.message));
    this.next();
  }

  private endWhenIdle(): void {
    const worker = this.worker;
    if (!worker || this.idleTimer) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.worker !== worker || this.running) return;
      this.worker = null;
      void worker.terminate();
    }, this.idleMs);
    this.idleTimer.unref();
  }

  /** The worker is gone or unusable: the running job fails with `error`, the queue goes on with a new worker. */
  private fail(error: RenderError): void {
    const running = this.running;
    this.running = null;
    this.worker = null;
    if (running) {
      clearTimeout(running.timer);
      running.pending.reject(error);
    }
    this.next();
  }
}

// On globalThis, not in a module variable: Next.js may load this module once per route bundle,
// and the point is one worker per process.
const holder = globalThis as typeof globalThis & { samlaRenderPool?: RenderPool };

/** The process's one report worker pool, created on first use. */
export function renderPool(): RenderPool {
  holder.samlaRenderPool ??= new RenderPool();
  return holder.samlaRenderPool;
}
