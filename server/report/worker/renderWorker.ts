// The report worker's entry: a worker_thread that turns report models into files, one job
// at a time, so the docx/pdfkit/exceljs work (seconds of CPU for a large workshop) never runs
// on the server's event loop. Started by renderPool.ts with the tsx loader, the same way the
// server itself runs (via renderWorker.mjs). A job that throws is answered with its message; the worker stays up.
import fs from "node:fs";
import os from "node:os";
import { parentPort } from "node:worker_threads";
import type { AnyRenderJob } from "../formats";
import { renderProgrammeReport } from "../programme/renderProgrammeReport";
import { renderReport } from "../renderReport";
import type { WorkerReply } from "./messages";

if (!parentPort) throw new Error("renderWorker.ts runs as a worker_thread (see renderPool.ts)");
const port = parentPort;

/**
 * An export is background work; the server's thread answers people. On a busy two-core
 * server the worker's seconds of CPU would otherwise take turns with the event loop as an
 * equal, and every request, socket message and board sync would wait for its slice. Linux
 * keeps a nice value per thread (setpriority on a thread id affects that thread only), so
 * this thread lowers its own; elsewhere it keeps the default priority.
 */
function lowerOwnPriority(): void {
  if (process.platform !== "linux") return;
  try {
    const threadId = Number(fs.readlinkSync("/proc/thread-self").split("/").pop());
    if (Number.isInteger(threadId) && threadId !== process.pid) os.setPriority(threadId, 10);
  } catch {
    // No /proc or not permitted: render at normal priority.
  }
}
lowerOwnPriority();

/**
 * The bytes as an ArrayBuffer of their own, so they can be transferred rather than copied.
 * Small Buffers are slices of Node's shared 8 KB pool: transferring that would detach the
 * pool under other Buffers, so those (and any other slice) are copied first.
 */
function ownBuffer(body: Uint8Array): Uint8Array {
  return body.byteOffset === 0 && body.byteLength === body.buffer.byteLength && body.buffer instanceof ArrayBuffer ? body : new Uint8Array(body);
}

port.on("message", async ({ id, job }: { id: number; job: AnyRenderJob }) => {
  let reply: WorkerReply;
  try {
    const rendered = "kind" in job ? await renderProgrammeReport(job) : await renderReport(job);
    const body = ownBuffer(rendered.body);
    reply = { id, ok: true, body, suffix: rendered.suffix };
    port.postMessage(reply, [body.buffer as ArrayBuffer]);
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    port.postMessage(reply);
  }
});
