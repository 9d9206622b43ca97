// Messages between the server thread (workerBoardLog.ts) and the board-log worker.
export type LogRequest =
  | { id: number; op: "append"; boardId: string; data: Uint8Array }
  | { id: number; op: "replace"; boardId: string; data: Uint8Array; replaces: number[]; stateVector: Uint8Array }
  | { id: number; op: "close" }
  /** How the worker's connection makes commits durable, for tests (see sqliteDurability.ts). */
  | { id: number; op: "durability" };

/** rowId null: a compaction skipped because another instance was compacting the board. */
export type LogReply = { id: number; ok: true; rowId: number | null; value?: string } | { id: number; ok: false; message: string };

export interface LogWorkerData {
  databaseUrl: string;
  /** Where finished writes are announced besides the reply message (completionRing.ts). */
  completions: SharedArrayBuffer;
}
