// Board sync against the real server process: real y-websocket providers, real database.
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import { addNote, closeCode, messageType, moveNotes, readBoard, updateNoteText, watchDurability } from "@/lib/board";
import { connectBoard, eventually, rawSession, synced, type BoardClient } from "@/bench/lib/clients";
import { seedBoard, type BoardFixture } from "@/bench/lib/boardFixture";
import { createDb, type Db } from "@/server/platform/db/client";
import { startServer, type RunningServer } from "../helpers/server";

const authSecret = "yjs-sync-test-secret-0123456789abcdef";
let server: RunningServer;
let db: Db;
let fx: BoardFixture;
const clients: BoardClient[] = [];

function client(token = fx.tokens[0], options: Parameters<typeof connectBoard>[3] = {}, boardId = fx.boardId): BoardClient {
  const c = connectBoard(server.url, boardId, token, options);
  clients.push(c);
  return c;
}

const wsUrl = (path: string) => `${server.url.replace(/^http/, "ws")}${path}`;

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

beforeAll(async () => {
  server = await startServer({ env: { AUTH_SECRET: authSecret, YJS_MAX_MESSAGE_BYTES: "65536" } });
  db = createDb(server.databaseUrl);
  fx = await seedBoard(db, authSecret, 4);
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await db?.$disconnect();
  await server?.stop();
});

describe("board sync", () => {
  it("two clients converge", async () => {
    const a = client(fx.tokens[0]);
    const b = client(fx.tokens[1]);
    await Promise.all([synced(a), synced(b)]);
    const id = addNote(a.doc, { text: "fra A", x: 1, y: 2, authorId: a.authorId });
    addNote(b.doc, { text: "fra B", x: 3, y: 4, authorId: b.authorId });
    moveNotes(a.doc, [{ id, x: 50, y: 60 }]);
    await eventually(() => readBoard(a.doc).notes.length === 2 && readBoard(b.doc).notes.length === 2, 10_000, "both notes on both");
    await eventually(() => readBoard(b.doc).notes.find((n) => n.id === id)?.x === 50, 10_000, "move seen");
    expect(readBoard(a.doc)).toEqual(readBoard(b.doc));
  });

  it("a late joiner gets the full state", async () => {
    const a = client(fx.tokens[0]);
    await synced(a);
    for (let i = 0; i < 50; i++) addNote(a.doc, { text: `sen ${i}`, x: i, y: i, authorId: a.authorId });
    await eventually(() => readBoard(clients[0].doc).notes.length >= 52, 10_000, "first client sees them");
    const late = client(fx.tokens[2]);
    await synced(late);
    await eventually(() => readBoard(late.doc).notes.length === readBoard(a.doc).notes.length, 5_000, "late joiner state");
    expect(readBoard(late.doc)).toEqual(readBoard(a.doc));
  });

  it("a client whose connection drops mid-edit resyncs its offline edits", async () => {
    const a = client(fx.tokens[0]);
    const b = client(fx.tokens[1]);
    await Promise.all([synced(a), synced(b)]);
    const id = addNote(a.doc, { text: "før brudd", x: 0, y: 0, authorId: a.authorId });
    await eventually(() => readBoard(b.doc).notes.some((n) => n.id === id), 10_000, "note before drop");
    // Cut the socket without a close handshake, like wifi dropping, then keep typing.
    (a.provider.ws as unknown as { terminate(): void }).terminate();
    updateNoteText(a.doc, id, "skrevet mens nettet var borte");
    addNote(a.doc, { text: "også offline", x: 5, y: 5, authorId: a.authorId });
    await eventually(() => readBoard(b.doc).notes.find((n) => n.id === id)?.text === "skrevet mens nettet var borte", 15_000, "offline text");
    await eventually(() => readBoard(b.doc).notes.some((n) => n.text === "også offline"), 15_000, "offline note");
  });

  it("converges when several clients send bursts at once (updates relayed merged per turn)", async () => {
    const writers = [client(fx.tokens[0]), client(fx.tokens[1]), client(fx.tokens[2])];
    const watcher = client(fx.tokens[3]);
    await Promise.all([...writers, watcher].map((c) => synced(c)));
    let relayed = 0;
    watcher.provider.ws?.addEventListener("message", () => relayed++);
    const before = readBoard(watcher.doc).notes.length;
    // Each writer sends 40 updates back to back: the server reads many of them in one turn.
    const ids = writers.flatMap((w, k) => Array.from({ length: 40 }, (_, i) => addNote(w.doc, { text: `skur ${k}-${i}`, x: i, y: k, authorId: w.authorId })));
    for (const [k, w] of writers.entries()) moveNotes(w.doc, [{ id: ids[k * 40], x: 999, y: 999 }]);
    const expected = before + ids.length;
    await eventually(() => [...writers, watcher].every((c) => readBoard(c.doc).notes.length === expected), 15_000, "every note everywhere");
    await eventually(() => [...writers, watcher].every((c) => JSON.stringify(readBoard(c.doc)) === JSON.stringify(readBoard(watcher.doc))), 10_000, "identical boards");
    for (let k = 0; k < writers.length; k++) expect(readBoard(watcher.doc).notes.find((n) => n.id === ids[k * 40])?.x).toBe(999);
    console.log(`burst: ${ids.length + writers.length} updates sent, ${relayed} messages reached the watcher`);
  });

  it("acknowledges stored updates to clients that ask, and standard clients keep working", async () => {
    const a = client(fx.tokens[3], { acks: true });
    const states: string[] = [];
    watchDurability(a.provider as never, a.doc, (s) => states.push(s));
    await synced(a);
    addNote(a.doc, { text: "lagret?", x: 0, y: 0, authorId: a.authorId });
    await eventually(() => states.at(-1) === "saved" && states.includes("saving"), 10_000, "saved after saving");
    const rows = await db.boardUpdate.findMany({ where: { boardId: fx.boardId } });
    const check = new Y.Doc();
    for (const row of rows) Y.applyUpdate(check, row.data);
    expect(readBoard(check).notes.some((n) => n.text === "lagret?")).toBe(true);
  });
});

describe("refusals", () => {
  it("an anonymous upgrade gets 401 with a reason", async () => {
    const result = await rawSession(wsUrl(`/yjs/${fx.boardId}`), []);
    expect(result.status).toBe(401);
    expect(result.body).toMatch(/sign in|join/);
  });

  it("a participant of another workshop gets 403, an unknown board 404", async () => {
    expect((await rawSession(wsUrl(`/yjs/${fx.boardId}?token=${fx.strangerToken}`), [])).status).toBe(403);
    expect((await rawSession(wsUrl(`/yjs/nosuchboard?token=${fx.tokens[0]}`), [])).status).toBe(404);
    expect((await rawSession(wsUrl(`/yjs/${fx.boardId}?token=p.forged.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`), [])).status).toBe(401);
  });

  it("a locked board sends the document but refuses edits, and says why", async () => {
    const board = await db.board.create({ data: { workshopId: fx.workshopId, title: "Låst", locked: false } });
    const writer = client(fx.tokens[0], {}, board.id);
    await synced(writer);
    addNote(writer.doc, { text: "før låsing", x: 0, y: 0, authorId: writer.authorId });
    await eventually(() => readBoard(writer.doc).notes.length === 1, 1_000, "local note");
    await new Promise((r) => setTimeout(r, 300));
    writer.destroy();
    // The room unloads once empty; it reads the lock from the database when it opens again.
    await db.board.update({ where: { id: board.id }, data: { locked: true } });
    await new Promise((r) => setTimeout(r, 300));
    const a = client(fx.tokens[1], {}, board.id);
    const b = client(fx.tokens[2], {}, board.id);
    await Promise.all([synced(a), synced(b)]);
    expect(readBoard(a.doc).notes.map((n) => n.text)).toEqual(["før låsing"]);
    const denied: string[] = [];
    a.provider.messageHandlers[messageType.auth] = (_e, decoder) => {
      denied.push(new TextDecoder().decode(decoder.arr.subarray(decoder.pos)));
    };
    addNote(a.doc, { text: "etter låsing", x: 0, y: 0, authorId: a.authorId });
    await eventually(() => denied.length > 0, 5_000, "permission denied message");
    expect(denied[0]).toMatch(/locked/);
    await new Promise((r) => setTimeout(r, 300));
    expect(readBoard(b.doc).notes.map((n) => n.text)).toEqual(["før låsing"]);
    const stored = new Y.Doc();
    for (const row of await db.boardUpdate.findMany({ where: { boardId: board.id } })) Y.applyUpdate(stored, row.data);
    expect(readBoard(stored).notes.map((n) => n.text)).toEqual(["før låsing"]);
  });

  it("an observer gets the document but cannot edit", async () => {
    const o = client(fx.observerToken);
    const watcher = client(fx.tokens[0]);
    await Promise.all([synced(o), synced(watcher)]);
    const before = readBoard(watcher.doc).notes.length;
    expect(readBoard(o.doc).notes.length).toBe(before);
    addNote(o.doc, { text: "observatør", x: 0, y: 0, authorId: o.authorId });
    await new Promise((r) => setTimeout(r, 500));
    expect(readBoard(watcher.doc).notes.length).toBe(before);
  });
});

describe("bad input closes only the offender", () => {
  const cases: [string, (string | Uint8Array)[], number][] = [
    ["a text frame (y-websocket #82)", ["..`"], closeCode.malformed],
    ["garbage bytes", [new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])], closeCode.malformed],
    ["a zero-length update (yjs #498)", [frame((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 2), encoding.writeVarUint8Array(e, new Uint8Array())))], closeCode.invalidUpdate],
    ["an update that does not decode (yjs #479/#713 family)", [frame((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 2), encoding.writeVarUint8Array(e, Buffer.from("garbagedoc", "base64"))))], closeCode.invalidUpdate],
    ["a truncated sync message", [new Uint8Array([0, 2, 50, 1, 2])], closeCode.malformed],
    ["an unknown message type", [new Uint8Array([42])], closeCode.unknownType],
    ["trailing bytes", [frame((e) => (encoding.writeVarUint(e, 3), encoding.writeVarUint(e, 7)))], closeCode.malformed],
    ["a frame over the size limit", [new Uint8Array(70_000)], closeCode.tooLarge],
  ];

  for (const [name, frames, code] of cases) {
    it(name, async () => {
      const good = client(fx.tokens[1]);
      await synced(good);
      const result = await rawSession(wsUrl(`/yjs/${fx.boardId}?token=${fx.tokens[0]}`), frames);
      expect(result.closeCode).toBe(code);
      // The board and the other client carry on.
      const other = client(fx.tokens[2]);
      await synced(other);
      const id = addNote(good.doc, { text: `efter ${name}`, x: 0, y: 0, authorId: good.authorId });
      await eventually(() => readBoard(other.doc).notes.some((n) => n.id === id), 5_000, "board still works");
      expect(good.provider.wsconnected).toBe(true);
    });
  }
});
