// The board update log written straight through better-sqlite3, for the board-log worker on
// SQLite. A board write is the hottest statement Samla has (one per burst of edits, hundreds a
// second in a big room), and Prisma's query pipeline around it cost about a millisecond of CPU
// per row on top of SQLite's own tens of microseconds: on a two-core venue server that CPU is
// taken from relaying edits. Two fixed statements on the table Prisma's migrations created;
// everything else (reads, the rest of the schema) stays with Prisma.
import Database from "better-sqlite3";
import { makeDurable } from "../../platform/db/sqliteDurability";
import { assertSnapshotLoads } from "../storedUpdate";
import type { BoardLog } from "./boardLog";

export interface SqliteBoardLog extends BoardLog {
  close(): void;
  /** The connection's settings that decide whether a commit survives a power cut. */
  durability(): string;
}

/**
 * `createdAt` in the text form Prisma's SQLite adapter writes (ISO 8601 with an explicit
 * offset), so Prisma reads these rows like its own.
 */
const prismaTimestamp = () => new Date().toISOString().replace("Z", "+00:00");

export function sqliteBoardLog(file: string): SqliteBoardLog {
  // The same busy timeout as the server thread's connection: a write waits while the other
  // connection holds the lock rather than failing.
  const db = new Database(file, { timeout: 5000 });
  // Each commit fsynced before it is acknowledged (a power cut keeps what was acknowledged).
  makeDurable(db);
  const insert = db.prepare<[string, Buffer, string]>('INSERT INTO "BoardUpdate" ("boardId", "data", "createdAt") VALUES (?, ?, ?)');
  // The ids as one JSON array: one prepared statement for any number of rows.
  const deleteRows = db.prepare<[string, string]>('DELETE FROM "BoardUpdate" WHERE "boardId" = ? AND "id" IN (SELECT value FROM json_each(?))');
  const append = (boardId: string, data: Uint8Array) => Number(insert.run(boardId, asBuffer(data), prismaTimestamp()).lastInsertRowid);
  const replace = db.transaction((boardId: string, snapshot: Uint8Array, replaces: number[]) => {
    const id = append(boardId, snapshot);
    deleteRows.run(boardId, JSON.stringify(replaces));
    return id;
  });
  return {
    append: async (boardId, data) => append(boardId, data),
    replace: async (boardId, snapshot, replaces, stateVector) => {
      assertSnapshotLoads(snapshot, stateVector);
      return replace(boardId, snapshot, replaces);
    },
    close: () => db.close(),
    durability: () => `journal_mode=${db.pragma("journal_mode", { simple: true })} synchronous=${db.pragma("synchronous", { simple: true })}`,
  };
}

/** The same bytes as a Buffer without copying them (better-sqlite3 binds Buffers as blobs). */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
