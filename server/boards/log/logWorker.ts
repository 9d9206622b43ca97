// The board-log worker: a worker_thread with its own database connection that performs the
// board update log's writes. The server thread relays every board edit to everyone at the
// board; a write waits for the disk (SQLite's fsync, about half a millisecond here) or the
// network (PostgreSQL), and on that thread it delayed every edit queued behind it. Here the
// writes run beside it. Requests are served as they arrive: BoardPersistence keeps
// one write in flight per board, which is what orders a board's rows.
import { parentPort, workerData } from "node:worker_threads";
import { createDb, flavourOf, sqliteFilePath } from "../../platform/db/client";
import { inProcessBoardLog, type BoardLog } from "./boardLog";
import { sqliteBoardLog } from "./sqliteBoardLog";
import { completionPublisher } from "./completionRing";
import type { LogReply, LogRequest, LogWorkerData } from "./messages";

if (!parentPort) throw new Error("logWorker.ts runs as a worker_thread (see workerBoardLog.ts)");
const port = parentPort;
const { databaseUrl, completions } = workerData as LogWorkerData;
const announce = completionPublisher(completions);
// SQLite: two prepared statements on a connection of the worker's own (see sqliteBoardLog.ts).
// PostgreSQL: Prisma, whose pipeline is small beside the network round trip.
const sqlite = flavourOf(databaseUrl) === "sqlite" ? sqliteBoardLog(sqliteFilePath(databaseUrl)) : null;
const db = sqlite ? null : createDb(databaseUrl);
const log: BoardLog = sqlite ?? inProcessBoardLog(db!);

async function serve(request: LogRequest): Promise<{ rowId: number | null; value?: string }> {
  switch (request.op) {
    case "append":
      return { rowId: await log.append(request.boardId, request.data) };
    case "replace":
      return { rowId: await log.replace(request.boardId, request.data, request.replaces, request.stateVector) };
    case "close":
      sqlite?.close();
      await db?.$disconnect();
      return { rowId: 0 };
    case "durability":
      return { rowId: 0, value: sqlite ? sqlite.durability() : await postgresDurability(db!) };
  }
}

async function postgresDurability(client: NonNullable<typeof db>): Promise<string> {
  const [row] = await client.$queryRawUnsafe<{ synchronous_commit: string }[]>("SHOW synchronous_commit");
  return `synchronous_commit=${row.synchronous_commit}`;
}

port.on("message", (request: LogRequest) => {
  serve(request).then(
    ({ rowId, value }) => {
      // Only writes go through the shared ring: it carries a row id and nothing else (-1: a
      // compaction skipped, see workerBoardLog.ts).
      if (request.op === "append" || request.op === "replace") announce(request.id, rowId ?? -1);
      port.postMessage({ id: request.id, ok: true, rowId, value } satisfies LogReply);
    },
    (error: unknown) => port.postMessage({ id: request.id, ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) } satisfies LogReply),
  );
});
