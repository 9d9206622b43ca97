// The board's update log on a real SQLite file: the worker thread that writes it, group
// commit, and compaction from the live document (what it deletes, what it must keep).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addNote, readBoard } from "@/lib/board";
import { createDb, type Db } from "@/server/platform/db/client";
import { applyMigrations } from "@/server/platform/db/migrate";
import { BoardPersistence, snapshotOf } from "@/server/boards/boardPersistence";
import { WorkerBoardLog } from "@/server/boards/log/workerBoardLog";

const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "samla-board-log-"));
const databaseUrl = `file:${path.join(tempDir, "samla.db")}`;
let db: Db;
let boardLog: WorkerBoardLog;

beforeAll(async () => {
  await applyMigrations(databaseUrl);
  db = createDb(databaseUrl);
  boardLog = new WorkerBoardLog({ databaseUrl });
});

afterAll(async () => {
  await boardLog.close();
  await db.$disconnect();
  fs.rmSync(tempDir, { recursive: true, force: true });
});

async function newBoard(): Promise<string> {
  const tag = Math.random().toString(36).slice(2, 10);
  const owner = await db.user.create({ data: { email: `log-${tag}@example.no`, name: "Fasilitator" } });
  const workshop = await db.workshop.create({ data: { title: "Logg", method: "free", joinCode: tag, ownerId: owner.id } });
  const board = await db.board.create({ data: { workshopId: workshop.id, title: "Bord" } });
  return board.id;
}

const rowsOf = (boardId: string) => db.boardUpdate.findMany({ where: { boardId }, orderBy: { id: "asc" }, select: { id: true, data: true } });

/** A board document whose every update is queued for storage, as a BoardRoom does it. */
function liveBoard(boardId: string, options: { compactAfter?: number } = {}) {
  const doc = new Y.Doc();
  const persistence = new BoardPersistence(db, boardId, { boardLog, compactAfter: options.compactAfter, snapshot: snapshotOf(doc) });
  const acknowledged: string[] = [];
  doc.on("update", (update: Uint8Array, origin: unknown) => {
    if (typeof origin === "string") persistence.enqueue(update, () => acknowledged.push(origin));
  });
  const note = (text: string) => doc.transact(() => addNote(doc, { text, x: 0, y: 0 }), text);
  return { doc, persistence, acknowledged, note };
}

function docWithNote(text: string): Y.Doc {
  const doc = new Y.Doc();
  addNote(doc, { text, x: 0, y: 0 });
  return doc;
}

async function storedNotes(boardId: string): Promise<string[]> {
  const doc = new Y.Doc();
  await new BoardPersistence(db, boardId).load(doc, null);
  return readBoard(doc).notes.map((n) => n.text).sort();
}

describe("the worker-thread board log", () => {
  it("appends rows in order and replaces exactly the rows it is given, in one transaction", async () => {
    const boardId = await newBoard();
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await boardLog.append(boardId, new Uint8Array([i + 1])));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const first = snapshotOf(docWithNote("først"))();
    const second = snapshotOf(docWithNote("andre"))();
    const snapshotId = await boardLog.replace(boardId, first.update, ids.slice(0, 3), first.stateVector);
    // Replacing nothing is an ordinary append.
    const lone = await boardLog.replace(boardId, second.update, [], second.stateVector);
    expect((await rowsOf(boardId)).map((r) => [r.id, [...r.data]])).toEqual([
      [ids[3], [4]],
      [ids[4], [5]],
      [snapshotId, [...first.update]],
      [lone, [...second.update]],
    ]);
  });

  it("refuses a snapshot that does not read back into the state it was taken from, and deletes nothing", async () => {
    const boardId = await newBoard();
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push(await boardLog.append(boardId, new Uint8Array([i + 1])));
    const real = snapshotOf(docWithNote("ekte"))();
    const other = snapshotOf(docWithNote("en annen"))();
    await expect(boardLog.replace(boardId, new Uint8Array([9]), ids, real.stateVector)).rejects.toThrow(/decode|does not/);
    await expect(boardLog.replace(boardId, other.update, ids, real.stateVector)).rejects.toThrow(/does not hold the state/);
    expect((await rowsOf(boardId)).map((r) => r.id)).toEqual(ids);
  });

  it("writes rows that Prisma reads as its own, time included", async () => {
    const boardId = await newBoard();
    const before = Date.now();
    const id = await boardLog.append(boardId, new Uint8Array([7, 8]));
    const row = await db.boardUpdate.findUniqueOrThrow({ where: { id } });
    expect([...row.data]).toEqual([7, 8]);
    expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(row.createdAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    // Deleting the board takes its log with it, as for rows Prisma wrote.
    await db.board.delete({ where: { id: boardId } });
    expect(await db.boardUpdate.count({ where: { boardId } })).toBe(0);
  });

  it("settles a finished write on collectFinished, before its reply message comes round", async () => {
    const boardId = await newBoard();
    await boardLog.append(boardId, new Uint8Array([1]));
    let settled = false;
    void boardLog.append(boardId, new Uint8Array([2])).then(() => (settled = true));
    // Keep this thread busy, as a loaded server's is: only microtasks run in this loop, so the
    // worker's reply message cannot be delivered; only collectFinished can settle the write.
    const until = Date.now() + 10_000;
    while (!settled && Date.now() < until) {
      boardLog.collectFinished();
      await Promise.resolve();
    }
    expect(settled).toBe(true);
  });

  it("fails what was in flight when the worker dies, and serves the next call from a new worker", async () => {
    const boardId = await newBoard();
    const inFlight = Array.from({ length: 20 }, (_, i) => boardLog.append(boardId, new Uint8Array([i])));
    await boardLog.crashForTest();
    const settled = await Promise.allSettled(inFlight);
    // Every call settles: answered ones are stored, unanswered ones fail and are retried by
    // their caller (a write may have committed just before the crash: retrying it only adds
    // a duplicate row, which a Yjs update log tolerates).
    const stored = settled.filter((s) => s.status === "fulfilled").length;
    for (const s of settled) if (s.status === "rejected") expect(String(s.reason)).toMatch(/board-log worker exited/);
    expect(await db.boardUpdate.count({ where: { boardId } })).toBeGreaterThanOrEqual(stored);
    expect(await boardLog.append(boardId, new Uint8Array([42]))).toBeGreaterThan(0);
  });

  it("rejects a write the database refuses, without taking the worker down", async () => {
    await expect(boardLog.append("no-such-board", new Uint8Array([1]))).rejects.toThrow();
    const boardId = await newBoard();
    expect(await boardLog.append(boardId, new Uint8Array([1]))).toBeGreaterThan(0);
  });
});

describe("BoardPersistence", () => {
  it("acknowledges each update only after its row is stored, and groups what arrives together", async () => {
    const boardId = await newBoard();
    const board = liveBoard(boardId);
    for (let i = 0; i < 30; i++) board.note(`lapp ${i}`);
    expect(board.acknowledged).toEqual([]);
    await board.persistence.idle();
    expect(board.acknowledged).toEqual(Array.from({ length: 30 }, (_, i) => `lapp ${i}`));
    // Thirty updates queued in one turn: far fewer rows than updates.
    expect(await db.boardUpdate.count({ where: { boardId } })).toBeLessThan(5);
    expect(await storedNotes(boardId)).toHaveLength(30);
  });

  it("compacts into one snapshot of the live document and loses nothing", async () => {
    const boardId = await newBoard();
    const board = liveBoard(boardId, { compactAfter: 10 });
    for (let i = 0; i < 45; i++) {
      board.note(`lapp ${i}`);
      // One row per note: let each write finish before the next edit.
      await board.persistence.idle();
    }
    expect(await db.boardUpdate.count({ where: { boardId } })).toBeLessThan(10);
    expect(await storedNotes(boardId)).toEqual(Array.from({ length: 45 }, (_, i) => `lapp ${i}`).sort());
    // The durable clocks cover everything acknowledged.
    expect(board.persistence.durableState.get(board.doc.clientID)).toBe(Y.getState(board.doc.store, board.doc.clientID));
  });

  it("keeps rows it did not write or could not read when it compacts", async () => {
    const boardId = await newBoard();
    const corrupt = await db.boardUpdate.create({ data: { boardId, data: new Uint8Array([255, 255, 255]) } });
    const board = liveBoard(boardId, { compactAfter: 3 });
    await board.persistence.load(board.doc, null);
    board.note("før");
    await board.persistence.idle();
    // Another writer (a second instance) adds a row the live document never saw.
    const foreign = new Y.Doc();
    addNote(foreign, { text: "fra en annen", x: 0, y: 0 });
    const theirs = await db.boardUpdate.create({ data: { boardId, data: new Uint8Array(Y.encodeStateAsUpdate(foreign)) } });
    for (const text of ["a", "b", "c"]) {
      board.note(text);
      await board.persistence.idle();
    }
    const ids = (await rowsOf(boardId)).map((r) => r.id);
    // Compacted (its own four rows became one snapshot, then "c"), the other two kept.
    expect(ids).toHaveLength(4);
    expect(ids).toContain(corrupt.id);
    expect(ids).toContain(theirs.id);
    expect(await storedNotes(boardId)).toEqual(["a", "b", "c", "fra en annen", "før"]);
  });
});
