// The server thread's side of the board-log worker (logWorker.ts). Each call is one request
// with an id; its promise settles with the worker's reply. If the worker dies, every
// unanswered request fails (BoardPersistence retries them, so nothing is acknowledged that
// was not written) and the next call starts a new worker.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { log } from "../../platform/log";
import type { BoardLog } from "./boardLog";
import { completionReader, createCompletionBuffer } from "./completionRing";
import type { LogReply, LogRequest, LogWorkerData } from "./messages";

type Request = LogRequest extends infer R ? (R extends LogRequest ? Omit<R, "id"> : never) : never;

export interface WorkerBoardLogOptions {
  databaseUrl: string;
  /** The worker's entry file. Default: server/boards/log/logWorker.mjs under process.cwd(). */
  entry?: URL;
}

export class WorkerBoardLog implements BoardLog {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, { resolve: (reply: { rowId: number | null; value?: string }) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private readonly entry: URL;
  /** Shared with every worker this log starts; see completionRing.ts. */
  private readonly completions = createCompletionBuffer();
  private readonly finished = completionReader(this.completions);

  constructor(private readonly options: WorkerBoardLogOptions) {
    this.entry = options.entry ?? pathToFileURL(path.join(process.cwd(), "server", "boards", "log", "logWorker.mjs"));
    // Started now, so the first edit of the day does not wait for the worker to load Prisma.
    this.start();
  }

  async append(boardId: string, data: Uint8Array): Promise<number> {
    return (await this.call({ op: "append", boardId, data: ownCopy(data) })).rowId!;
  }

  async replace(boardId: string, snapshot: Uint8Array, replaces: number[], stateVector: Uint8Array): Promise<number | null> {
    return (await this.call({ op: "replace", boardId, data: ownCopy(snapshot), replaces, stateVector })).rowId;
  }

  /**
   * What makes the worker's commits durable, read back from its own connection: SQLite's
   * `journal_mode=wal synchronous=2` (FULL), PostgreSQL's `synchronous_commit=on`.
   */
  async durability(): Promise<string> {
    return (await this.call({ op: "durability" })).value ?? "";
  }

  /** Settles every write the worker has finished, without waiting for its reply messages. */
  collectFinished(): void {
    if (this.pending.size > 0) this.finished.take((id, rowId) => this.settle(id, { ok: true, rowId: rowId < 0 ? null : rowId }));
  }

  /** Closes the worker's database connection and stops it; call once nothing is queued. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    try {
      await this.call({ op: "close" });
    } catch {
      // It is going away either way.
    }
    this.worker = null;
    await worker.terminate();
  }

  /** Stops the worker as a crash would, for tests. */
  async crashForTest(): Promise<void> {
    await this.worker?.terminate();
  }

  private call(request: Request): Promise<{ rowId: number | null; value?: string }> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, ...request } as LogRequest, "data" in request ? [request.data.buffer as ArrayBuffer] : []);
    });
  }

  /** Settles a request once, from whichever arrives first: the shared entry or the reply message. */
  private settle(id: number, outcome: { ok: true; rowId: number | null; value?: string } | { ok: false; message: string }): void {
    const waiting = this.pending.get(id);
    if (!waiting) return;
    this.pending.delete(id);
    if (outcome.ok) waiting.resolve(outcome);
    else waiting.reject(new Error(outcome.message));
    // An idle worker must not keep the process alive.
    if (this.pending.size === 0) this.worker?.unref();
  }

  private start(): Worker {
    const workerData: LogWorkerData = { databaseUrl: this.options.databaseUrl, completions: this.completions };
    // No inherited flags: the entry registers tsx itself (see logWorker.mjs).
    // Small heap limits: the worker holds nothing but a database connection and the update in
    // flight, and a default-sized young generation would grow the process by tens of MB.
    const worker = new Worker(this.entry, { execArgv: [], workerData, resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 128 } });
    worker.on("message", (reply: LogReply) => this.settle(reply.id, reply));
    worker.on("error", (error) => log.error("board-log worker failed", error));
    worker.on("exit", (code) => {
      if (this.worker !== worker) return;
      this.worker = null;
      const lost = [...this.pending.values()];
      this.pending.clear();
      for (const waiting of lost) waiting.reject(new Error(`the board-log worker exited with code ${code}`));
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }
}

/**
 * The bytes in an ArrayBuffer of their own, to transfer to the worker. An update received
 * from a socket is a view into the socket's read buffer: posting the view would copy that
 * whole buffer (tens of KB) for every edit, and transferring it would detach it under ws.
 */
function ownCopy(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}
