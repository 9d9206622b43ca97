// "Stored" must survive a power cut (issue 13, item 8): every acknowledged board commit is
// fsynced before its ack. Counted from outside with strace on the running server (SQLite's
// write-ahead log is synced once per commit under synchronous = FULL, not at all per commit
// under the NORMAL that better-sqlite3 defaults to), and read back on the connections that
// write: the board-log worker's and Prisma's; on PostgreSQL, synchronous_commit.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as Y from "yjs";
import { afterAll, describe, expect, it } from "vitest";
import { addNote, messageType, readDurableAck } from "@/lib/board";
import { connectBoard, eventually, synced } from "@/bench/lib/clients";
import { seedBoard } from "@/bench/lib/boardFixture";
import { createDb } from "@/server/platform/db/client";
import { applyMigrations } from "@/server/platform/db/migrate";
import { WorkerBoardLog } from "@/server/boards/log/workerBoardLog";
import { requirePostgresInCi, startPostgres } from "../helpers/postgres";
import { startServer, type RunningServer } from "../helpers/server";

const authSecret = "board-log-fsync-test-secret-01234567";
let server: RunningServer | undefined;

afterAll(async () => {
  await server?.stop();
});

const strace = spawnSync("strace", ["-V"]).status === 0;

describe("acknowledged board commits reach the disk", () => {
  it.runIf(strace || process.env.CI === "true")("each acknowledged commit is followed by an fsync of SQLite's log (strace on the running server)", { timeout: 180_000 }, async () => {
    expect(strace, "strace is needed (scripts/install-test-deps.sh installs it)").toBe(true);
    server = await startServer({ env: { AUTH_SECRET: authSecret } });
    const db = createDb(server.databaseUrl);
    const fx = await seedBoard(db, authSecret, 1);
    await db.$disconnect();
    const writer = connectBoard(server.url, fx.boardId, fx.tokens[0], { acks: true });
    let ackedClock = 0;
    writer.provider.messageHandlers[messageType.durableAck] = (_e, decoder) => {
      ackedClock = Math.max(ackedClock, readDurableAck(decoder).clocks.get(writer.doc.clientID) ?? 0);
    };
    await synced(writer);

    // Attach to every thread of the server (the board-log worker writes on its own).
    const trace = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "samla-strace-")), "sync.trace");
    const tracer = spawn("strace", ["-f", "-qq", "-y", "-e", "trace=fsync,fdatasync", "-o", trace, "-p", String(server.child.pid)], { stdio: "ignore" });
    await eventually(() => fs.existsSync(trace), 10_000, "strace attached");
    await new Promise((r) => setTimeout(r, 500));

    // Forty commits, one at a time: each waits for its ack before the next edit.
    const commits = 40;
    for (let i = 0; i < commits; i++) {
      addNote(writer.doc, { text: `lapp ${i}`, x: i, y: 0, authorId: writer.authorId });
      const clock = Y.getState(writer.doc.store, writer.doc.clientID);
      await eventually(() => ackedClock >= clock, 10_000, `ack ${i}`);
    }
    tracer.kill("SIGINT"); // detaches; the server carries on
    await new Promise((resolve) => tracer.once("exit", resolve));
    writer.destroy();

    const syncs = fs.readFileSync(trace, "utf8").split("\n").filter((line) => /\b(fsync|fdatasync)\(\d+<[^>]*samla\.db-wal>\)/.test(line));
    console.log(`${commits} acknowledged commits, ${syncs.length} syncs of the write-ahead log`);
    expect(syncs.length).toBeGreaterThanOrEqual(commits);
  });

  it("the board-log worker's and Prisma's SQLite connections run with synchronous = FULL", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samla-durable-"));
    const databaseUrl = `file:${path.join(dir, "samla.db")}`;
    await applyMigrations(databaseUrl);
    const log = new WorkerBoardLog({ databaseUrl });
    const db = createDb(databaseUrl);
    try {
      expect(await log.durability()).toBe("journal_mode=wal synchronous=2");
      expect(await db.$queryRawUnsafe("PRAGMA synchronous")).toEqual([{ synchronous: 2n }]);
    } finally {
      await log.close();
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.runIf(requirePostgresInCi())("on PostgreSQL, commits wait for the disk even where the server says synchronous_commit=off", { timeout: 120_000 }, async () => {
    // The test cluster runs with synchronous_commit=off (see tests/helpers/postgres.ts): as an
    // administrator tuning for speed might set it.
    const pg = await startPostgres();
    const databaseUrl = await pg.createDatabase("durable");
    const log = new WorkerBoardLog({ databaseUrl });
    const db = createDb(databaseUrl);
    try {
      expect(await db.$queryRawUnsafe("SHOW synchronous_commit")).toEqual([{ synchronous_commit: "on" }]);
      expect(await log.durability()).toBe("synchronous_commit=on");
    } finally {
      await log.close();
      await db.$disconnect();
      await pg.stop();
    }
  });
});
