// The board-log worker: a worker_thread with its own database connection that performs the
// board update log's writes. The server thread relays every board edit to everyone at the
// board; a write waits for the disk (SQLite's fsync, about half a millisecond here) or the
// network (PostgreSQL), and on that thread it delayed every edit queued behind it. Here the
// writes run beside it. Requests are served as they arrive: BoardPersistence keeps
// one write in flight per board, which is what orders a board's rows.
import fs from "node:fs";
import os from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { createDb, flavourOf, sqliteFilePath } from "../../db/client";
import { inProcessBoardLog, type BoardLog } from "./boardLog";
import { sqliteBoardLog } from "./sqliteBoardLog";
import type { LogReply, LogRequest, LogWorkerData } from "./messages";

if (!parentPort) throw new Error("logWorker.ts runs as a worker_thread (see workerBoardLog.ts)");
const port = parentPort;
// Below the server thread in the scheduler's eyes: relaying edits to the people at a board is
// what they feel first; the write (and its acknowledgement) may trail it by a millisecond.
// Linux keeps a nice value per thread, so this lowers only the worker's own.
try {
  const threadId = Number(fs.readlinkSync("/proc/thread-self").split("/").pop());
  if (Number.isInteger(threadId) && threadId !== process.pid) os.setPriority(threadId, 10);
} catch {
  // No /proc or not permitted: write at normal priority.
}
const { databaseUrl } = workerData as LogWorkerData;
// SQLite: two prepared statements on a connection of the worker's own (see sqliteBoardLog.ts).
// PostgreSQL: Prisma, whose pipeline is small beside the network round trip.
const sqlite = flavourOf(databaseUrl) === "sqlite" ? sqliteBoardLog(sqliteFilePath(databaseUrl)) : null;
const db = sqlite ? null : createDb(databaseUrl);
const log: BoardLog = sqlite ?? inProcessBoardLog(db!);

async function serve(request: LogRequest): Promise<number> {
  switch (request.op) {
    case "append":
      return log.append(request.boardId, request.data);
    case "replace":
      return log.replace(request.boardId, request.data, request.replaces);
    case "close":
      sqlite?.close();
      await db?.$disconnect();
      return 0;
  }
}

port.on("message", (request: LogRequest) => {
  serve(request).then(
    (rowId) => port.postMessage({ id: request.id, ok: true, rowId } satisfies LogReply),
    (error: unknown) => port.postMessage({ id: request.id, ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) } satisfies LogReply),
  );
});
