// What the report worker answers for a job (see renderWorker.ts and renderPool.ts).
export type WorkerReply = { id: number; ok: true; body: Uint8Array; suffix: string } | { id: number; ok: false; message: string };
