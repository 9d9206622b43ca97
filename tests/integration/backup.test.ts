// A backup taken mid-meeting: 20 participants stream notes onto a board with durable acks;
// `npm run backup` runs while they write; the copy is restored with `npm run restore` into a
// new data folder, a server started on it, and every note acknowledged before the backup began
// is on the restored board.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import * as Y from "yjs";
import { afterAll, describe, expect, it } from "vitest";
import { addNote, messageType, readBoard, readDurableAck } from "@/lib/board";
import { connectBoard, eventually, synced, type BoardClient } from "@/bench/lib/clients";
import { seedBoard } from "@/bench/lib/boardFixture";
import { createDb } from "@/server/platform/db/client";
import { startServer, type RunningServer } from "../helpers/server";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const authSecret = "backup-test-secret-0123456789abcdefghij";
const servers: RunningServer[] = [];
const clients: BoardClient[] = [];

afterAll(async () => {
  for (const c of clients) c.destroy();
  for (const s of servers) await s.stop();
});

function npmRun(script: string, args: string[], env: Record<string, string>) {
  return run("npm", ["run", "--silent", script, "--", ...args], { cwd: root, env: { ...process.env, ...env, AUTH_SECRET: authSecret } });
}

describe("backup and restore", () => {
  it("a backup taken while 20 clients write holds every note acknowledged before it began", async () => {
    const env = { AUTH_SECRET: authSecret, YJS_COMPACT_AFTER: "50" };
    const live = await startServer({ env });
    servers.push(live);
    const db = createDb(live.databaseUrl);
    const fx = await seedBoard(db, authSecret, 20);
    await db.$disconnect();

    const written: { id: string; writer: number; clock: number }[] = [];
    const acked = new Array<number>(20).fill(0);
    for (const [i, t] of fx.tokens.entries()) {
      const client = connectBoard(live.url, fx.boardId, t, { acks: true });
      clients.push(client);
      await synced(client);
      client.provider.messageHandlers[messageType.durableAck] = (_encoder, decoder) => {
        acked[i] = Math.max(acked[i], readDurableAck(decoder).clocks.get(client.doc.clientID) ?? 0);
      };
    }
    let writing = true;
    const streams = clients.map(async (client, writer) => {
      for (let n = 0; writing && n < 2_000; n++) {
        const id = addNote(client.doc, { text: `notat ${writer}-${n}`, x: n, y: writer, authorId: fx.participantIds[writer] });
        written.push({ id, writer, clock: Y.getState(client.doc.store, client.doc.clientID) });
        await new Promise((r) => setTimeout(r, 20 + writer));
      }
    });
    const acknowledgedNow = () => written.filter((w) => w.clock <= acked[w.writer]);
    await eventually(() => acknowledgedNow().length > 200, 30_000, "200 acknowledged notes");

    // The backup begins here: what is acknowledged now must be in it. Writes go on meanwhile.
    const acknowledgedBefore = acknowledgedNow();
    const backupFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "samla-backup-")), "samla.db");
    const backup = await npmRun("backup", [backupFile], { DATA_DIR: live.dataDir, DATABASE_URL: live.databaseUrl });
    const writtenDuringBackup = written.length;
    await eventually(() => written.length > writtenDuringBackup + 20, 10_000, "writes after the backup");
    writing = false;
    await Promise.all(streams);
    console.log(`backup: ${backup.stdout.trim().split("\n")[0]}`);

    // Restore into a new data folder and start Samla there.
    const restoredDir = fs.mkdtempSync(path.join(os.tmpdir(), "samla-restored-"));
    await npmRun("restore", [backupFile], { DATA_DIR: restoredDir, DATABASE_URL: "" });
    // Without --replace, a second restore over the now existing database is refused.
    await expect(npmRun("restore", [backupFile], { DATA_DIR: restoredDir, DATABASE_URL: "" })).rejects.toThrow(/--replace/);
    const restored = await startServer({ env, dataDir: restoredDir });
    servers.push(restored);
    const reader = connectBoard(restored.url, fx.boardId, fx.tokens[0]);
    clients.push(reader);
    await synced(reader);
    const present = new Set(readBoard(reader.doc).notes.map((n) => n.id));
    const missing = acknowledgedBefore.filter((w) => !present.has(w.id));
    console.log(`written ${written.length}, acknowledged before the backup ${acknowledgedBefore.length}, on the restored board ${present.size}, missing ${missing.length}`);
    expect(acknowledgedBefore.length).toBeGreaterThan(200);
    expect(missing).toEqual([]);
    // The copy is a point in time: the notes written after it are not there.
    expect(present.size).toBeLessThan(written.length);
  });
});
