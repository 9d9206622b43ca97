// "Durable before acknowledged": kill the server with SIGKILL while a client streams notes,
// restart it on the same database, and check that every note the server acknowledged is there.
import * as Y from "yjs";
import { afterAll, describe, expect, it } from "vitest";
import { addNote, messageType, readBoard, readDurableAck } from "@/lib/board";
import { connectBoard, eventually, synced, type BoardClient } from "@/bench/lib/clients";
import { seedBoard } from "@/bench/lib/boardFixture";
import { createDb } from "@/server/platform/db/client";
import { startServer, type RunningServer } from "../helpers/server";

const authSecret = "yjs-durability-test-secret-0123456789";
const servers: RunningServer[] = [];
const clients: BoardClient[] = [];

afterAll(async () => {
  for (const c of clients) c.destroy();
  for (const s of servers) await s.kill();
});

describe("durability", () => {
  it("every acknowledged update survives SIGKILL mid-stream", async () => {
    // A low compaction threshold makes compactions happen during the stream too.
    const env = { AUTH_SECRET: authSecret, YJS_COMPACT_AFTER: "20" };
    const first = await startServer({ env });
    servers.push(first);
    let db = createDb(first.databaseUrl);
    const fx = await seedBoard(db, authSecret, 2);

    const writer = connectBoard(first.url, fx.boardId, fx.tokens[0], { acks: true });
    clients.push(writer);
    await synced(writer);
    let ackedClock = 0;
    writer.provider.messageHandlers[messageType.durableAck] = (_encoder, decoder) => {
      ackedClock = Math.max(ackedClock, readDurableAck(decoder).clocks.get(writer.doc.clientID) ?? 0);
    };

    // Note id → the writer's clock once the note exists locally.
    const written: { id: string; clock: number }[] = [];
    let killed = false;
    const stream = (async () => {
      for (let i = 0; !killed && i < 5_000; i++) {
        const id = addNote(writer.doc, { text: `lapp ${i}`, x: i, y: i, authorId: writer.authorId });
        written.push({ id, clock: Y.getState(writer.doc.store, writer.doc.clientID) });
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    // Kill while the stream runs and well after acknowledgements have started coming back (on
    // a loaded machine they may trail the stream by a while).
    const acknowledgedSoFar = () => written.filter((w) => w.clock <= ackedClock).length;
    await eventually(() => acknowledgedSoFar() > 60 && written.length > 150, 30_000, "a stream of acknowledged notes");
    await first.kill();
    killed = true;
    await stream;
    writer.provider.disconnect();

    const acknowledged = written.filter((w) => w.clock <= ackedClock);
    expect(acknowledged.length).toBeGreaterThan(50);

    // The migration step at start needs the SQLite file to itself.
    await db.$disconnect();
    const second = await startServer({ env, databaseUrl: first.databaseUrl, dataDir: first.dataDir });
    servers.push(second);
    const reader = connectBoard(second.url, fx.boardId, fx.tokens[1]);
    clients.push(reader);
    await synced(reader);
    const present = new Set(readBoard(reader.doc).notes.map((n) => n.id));
    const missing = acknowledged.filter((w) => !present.has(w.id));
    console.log(`written ${written.length}, acknowledged ${acknowledged.length}, present after restart ${present.size}, missing ${missing.length}`);
    expect(missing).toEqual([]);
    expect(readBoard(reader.doc).problems).toEqual([]);
    db = createDb(second.databaseUrl);
    expect(await db.boardUpdate.count({ where: { boardId: fx.boardId } })).toBeLessThan(60);
    await db.$disconnect();
  });
});
