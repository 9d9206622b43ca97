// Silent writing against the real server, with raw y-websocket and socket.io clients: three
// participants write on private boards while one of them, Anne, has every frame her "browser"
// receives recorded (her private board, the shared board she may still open, her room socket).
// Before the reveal no other participant's note text may be in any of those frames; after it,
// every note is on the shared board once, none lost, none doubled, and a reveal repeated after
// a crash between its two writes adds nothing twice.
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { io as connectSocket, type Socket } from "socket.io-client";
import { addNote, createFocusArea, readBoard } from "@/lib/board";
import { connectBoard, eventually, rawSession, synced, type BoardClient } from "@/bench/lib/clients";
import { seedBoard, type BoardFixture } from "@/bench/lib/boardFixture";
import { createDb, type Db } from "@/server/platform/db/client";
import { storedBoardDoc } from "../helpers/boards";
import { signUpAndIn, type SignedIn } from "../helpers/auth";
import { startServer, type RunningServer } from "../helpers/server";

const authSecret = "silent-writing-test-secret-0123456789";
let server: RunningServer;
let db: Db;
let fx: BoardFixture;
let lead: SignedIn;
const clients: { destroy(): void }[] = [];
const sockets: Socket[] = [];

/** Everything Anne's browser receives, as bytes, in arrival order. */
const received: Buffer[] = [];

/** A WebSocket that keeps a copy of every frame it receives (what a browser's devtools would show). */
class RecordingWebSocket extends WebSocket {
  constructor(address: string | URL, protocols?: string | string[]) {
    super(address, protocols);
    this.on("message", (data: WebSocket.RawData) => received.push(Buffer.isBuffer(data) ? Buffer.from(data) : Buffer.from(data as ArrayBuffer)));
  }
}

function recordedBoard(boardId: string, token: string): BoardClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${server.url.replace(/^http/, "ws")}/yjs`, boardId, doc, {
    WebSocketPolyfill: RecordingWebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
    maxBackoffTime: 500,
  });
  const client = { doc, provider, authorId: null, destroy: () => (provider.destroy(), doc.destroy()) };
  clients.push(client);
  return client;
}

async function socketFor(auth: Record<string, string>, cookie?: string, record = false): Promise<Socket> {
  const socket = connectSocket(server.url, { transports: ["websocket"], reconnection: false, auth: { workshopId: fx.workshopId, ...auth }, extraHeaders: cookie ? { cookie } : undefined });
  sockets.push(socket);
  if (record) socket.io.on("open", () => socket.io.engine.on("data", (data: string | Buffer) => received.push(Buffer.from(data))));
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  return socket;
}

function client(boardId: string, token: string): BoardClient {
  const c = connectBoard(server.url, boardId, token);
  clients.push(c);
  return c;
}

const texts = (doc: Y.Doc) => readBoard(doc).notes.map((n) => n.text).sort();
const people = ["Anne", "Bjørn", "Cecilie"] as const;
/** Each person's notes: words nobody else could have typed, so a byte search is conclusive. */
const notesOf = (who: number) => Array.from({ length: 5 }, (_, i) => `Stille-${people[who]}-${i + 1}-${"æøå".repeat(who + 1)}`);

async function storedTexts(boardId: string): Promise<string[]> {
  return texts(await storedBoardDoc(db, boardId));
}

async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 400; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

let privateIds: string[] = [];
let facilitator: Socket;
let anneRoom: Socket;
let anneShared: BoardClient;

beforeAll(async () => {
  server = await startServer({ env: { AUTH_SECRET: authSecret, SIGNUP_OPEN: "true" } });
  db = createDb(server.databaseUrl);
  // The first account is an administrator: a facilitator of every workshop.
  lead = await signUpAndIn(server.url, { name: "Lise Leder", email: "lise.silent@example.no", password: "et langt passord her" });
  fx = await seedBoard(db, authSecret, 3);
  facilitator = await socketFor({}, lead.cookieHeader);
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.destroy();
  for (const s of sockets) s.disconnect();
  await db?.$disconnect();
  await server?.stop();
});

describe("silent writing", () => {
  it("gives each participant a private board of their own while silent", async () => {
    // A note on the shared board from before the silence: everyone may see that one.
    const before = client(fx.boardId, fx.tokens[1]);
    await synced(before);
    addNote(before.doc, { text: "Fra før", x: 0, y: 0, authorId: fx.participantIds[1] });
    await until(async () => (await storedTexts(fx.boardId)).includes("Fra før"), "the earlier note stored");
    before.destroy();

    expect(await facilitator.emitWithAck("silent:set", { silent: true })).toMatchObject({ ok: true, silent: true });
    anneRoom = await socketFor({ token: fx.tokens[0] }, undefined, true);
    const state = await anneRoom.emitWithAck("room:sync", {});
    expect(state).toMatchObject({ ok: true, state: { silentWriting: true } });

    const rooms = [anneRoom, await socketFor({ token: fx.tokens[1] }), await socketFor({ token: fx.tokens[2] })];
    privateIds = [];
    for (const room of rooms) {
      const answer = await room.emitWithAck("silent:privateBoard", { boardId: fx.boardId });
      expect(answer).toMatchObject({ ok: true });
      privateIds.push((answer as { privateBoardId: string }).privateBoardId);
    }
    expect(new Set(privateIds).size).toBe(3);
    // Asking again (a reload, a second tab) gives the same board.
    expect(await rooms[1].emitWithAck("silent:privateBoard", { boardId: fx.boardId })).toMatchObject({ ok: true, privateBoardId: privateIds[1] });
    // The facilitator has no private board; a private board is no shared board to ask for.
    expect(await facilitator.emitWithAck("silent:privateBoard", { boardId: fx.boardId })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await rooms[0].emitWithAck("silent:privateBoard", { boardId: privateIds[1] })).toMatchObject({ ok: false, code: "notFound" });
    // The room's boards list only shared boards.
    expect((state as { state: { boards: { id: string }[] } }).state.boards.map((b) => b.id)).toEqual([fx.boardId]);
  });

  it("refuses anyone but the owner and facilitators on a private board", async () => {
    const ws = `${server.url.replace(/^http/, "ws")}/yjs/${privateIds[1]}`;
    expect(await rawSession(`${ws}?token=${encodeURIComponent(fx.tokens[0])}`, [])).toMatchObject({ status: 403 });
    expect(await rawSession(`${ws}?token=${encodeURIComponent(fx.observerToken)}`, [])).toMatchObject({ status: 403 });
    const facilitatorView = client(privateIds[1], lead.sessionToken);
    await synced(facilitatorView);
    facilitatorView.destroy();
  });

  it("sends a participant no other participant's note text, on any channel, before the reveal", async () => {
    // Anne: her private board and (as an old or hostile client might) the shared board too.
    const annePrivate = recordedBoard(privateIds[0], fx.tokens[0]);
    anneShared = recordedBoard(fx.boardId, fx.tokens[0]);
    await Promise.all([synced(annePrivate), synced(anneShared)]);
    const writers = [annePrivate, client(privateIds[1], fx.tokens[1]), client(privateIds[2], fx.tokens[2])];
    await Promise.all(writers.slice(1).map((w) => synced(w)));
    writers.forEach((writer, who) => {
      notesOf(who).forEach((text, i) => addNote(writer.doc, { text, x: i * 30, y: i * 20, authorId: fx.participantIds[who], authorName: people[who] }));
    });
    for (const [who, id] of privateIds.entries()) await until(async () => (await storedTexts(id)).length === 5, `${people[who]}'s notes stored`);
    // Everything has settled: the others' notes are stored, Anne's own echo is back.
    await eventually(() => texts(annePrivate.doc).length === 5, 10_000, "Anne's own notes");
    await anneRoom.emitWithAck("room:sync", {});

    expect(received.length).toBeGreaterThan(3);
    const all = Buffer.concat(received);
    for (const who of [1, 2]) for (const text of notesOf(who)) expect(all.includes(Buffer.from(text, "utf8")), text).toBe(false);
    // The recorder works: the shared board's earlier note is in what she received.
    expect(all.includes(Buffer.from("Fra før", "utf8"))).toBe(true);
    // Decoded, Anne's documents hold her notes and the shared board's old note, nothing else.
    expect(texts(annePrivate.doc)).toEqual([...notesOf(0)].sort());
    expect(texts(anneShared.doc)).toEqual(["Fra før"]);
  });

  it("reveals every note onto the shared board once, and a participant's browser then receives them", async () => {
    const revealed = await facilitator.emitWithAck("silent:set", { silent: false });
    expect(revealed).toMatchObject({ ok: true, silent: false, revealed: { notes: 15, boards: 3 } });
    const expected = ["Fra før", ...notesOf(0), ...notesOf(1), ...notesOf(2)].sort();
    expect(await storedTexts(fx.boardId)).toEqual(expected);
    for (const id of privateIds) expect(await storedTexts(id)).toEqual([]);
    // Authors, and so the right to rewrite one's own note, travel with the notes.
    const shared = readBoard(await storedBoardDoc(db, fx.boardId));
    for (const [who, pid] of fx.participantIds.entries()) {
      expect(shared.notes.filter((n) => n.authorId === pid).map((n) => n.text).sort()).toEqual(who === 1 ? [...notesOf(1), "Fra før"].sort() : [...notesOf(who)].sort());
    }
    await eventually(() => texts(anneShared.doc).length === expected.length, 10_000, "the reveal reaches Anne's shared board");
  });

  it("a reveal repeated after a crash between its two writes adds nothing twice", async () => {
    // The crash left a note both on the shared board and still on its private board.
    const shared = readBoard(await storedBoardDoc(db, fx.boardId));
    const bjorns = shared.notes.find((n) => n.text === notesOf(1)[0])!;
    const leftover = client(privateIds[1], lead.sessionToken);
    await synced(leftover);
    addNote(leftover.doc, { id: bjorns.id, text: bjorns.text, x: 0, y: 0, authorId: bjorns.authorId, authorName: bjorns.authorName });
    await until(async () => (await storedTexts(privateIds[1])).length === 1, "the leftover stored");
    leftover.destroy();

    expect(await facilitator.emitWithAck("silent:set", { silent: false })).toMatchObject({ ok: true, revealed: { notes: 0 } });
    expect((await storedTexts(fx.boardId)).filter((t) => t === bjorns.text)).toHaveLength(1);
    expect(await storedTexts(privateIds[1])).toEqual([]);
  });

  it("lets a participant share their own notes early, and only their own", async () => {
    expect(await facilitator.emitWithAck("silent:set", { silent: true })).toMatchObject({ ok: true });
    const cecilie = await socketFor({ token: fx.tokens[2] });
    const anne = client(privateIds[0], fx.tokens[0]);
    const cecilies = client(privateIds[2], fx.tokens[2]);
    await Promise.all([synced(anne), synced(cecilies)]);
    addNote(anne.doc, { text: "Annes andre runde", x: 0, y: 0, authorId: fx.participantIds[0] });
    addNote(cecilies.doc, { text: "Cecilies andre runde", x: 0, y: 0, authorId: fx.participantIds[2] });
    await until(async () => (await storedTexts(privateIds[0])).length === 1 && (await storedTexts(privateIds[2])).length === 1, "second round stored");
    expect(await cecilie.emitWithAck("silent:shareMine", { boardId: fx.boardId })).toMatchObject({ ok: true, moved: 1 });
    const sharedNow = await storedTexts(fx.boardId);
    expect(sharedNow).toContain("Cecilies andre runde");
    expect(sharedNow).not.toContain("Annes andre runde");
    expect(await storedTexts(privateIds[0])).toEqual(["Annes andre runde"]);
    expect(await facilitator.emitWithAck("silent:set", { silent: false })).toMatchObject({ ok: true, revealed: { notes: 1 } });
  });

  it("a focus area made in silence moves onto the shared board with the notes grouped in it", async () => {
    expect(await facilitator.emitWithAck("silent:set", { silent: true })).toMatchObject({ ok: true });
    const bjorn = client(privateIds[1], fx.tokens[1]);
    await synced(bjorn);
    const inside = ["Bjørns gruppe 1", "Bjørns gruppe 2"].map((text, i) => addNote(bjorn.doc, { text, x: 20 + i * 200, y: 60, authorId: fx.participantIds[1] }));
    addNote(bjorn.doc, { text: "Bjørns løse lapp", x: 900, y: 0, authorId: fx.participantIds[1] });
    const area = createFocusArea(bjorn.doc, { title: "Bjørns tema: trygg skolevei", x: 0, y: 0, w: 600, h: 300, noteIds: inside });
    await until(async () => readBoard(await storedBoardDoc(db, privateIds[1])).focusAreas.length === 1 && (await storedTexts(privateIds[1])).length === 3, "Bjørn's area stored");

    expect(await facilitator.emitWithAck("silent:set", { silent: false })).toMatchObject({ ok: true, revealed: { notes: 3, boards: 1 } });
    const shared = readBoard(await storedBoardDoc(db, fx.boardId));
    const moved = shared.focusAreas.find((a) => a.id === area);
    expect(moved).toMatchObject({ title: "Bjørns tema: trygg skolevei", w: 600, h: 300 });
    expect(shared.notes.filter((n) => n.focusAreaId === area).map((n) => n.text).sort()).toEqual(["Bjørns gruppe 1", "Bjørns gruppe 2"]);
    expect(shared.notes.find((n) => n.text === "Bjørns løse lapp")?.focusAreaId).toBeNull();
    // Laid out as he left it: the notes keep their place inside the area.
    for (const id of inside) {
      const note = shared.notes.find((n) => n.id === id)!;
      expect(note.x).toBeGreaterThanOrEqual(moved!.x);
      expect(note.x + note.w).toBeLessThanOrEqual(moved!.x + moved!.w);
    }
    const left = readBoard(await storedBoardDoc(db, privateIds[1]));
    expect([left.notes.length, left.focusAreas.length]).toEqual([0, 0]);
    // Again after a crash: nothing twice.
    expect(await facilitator.emitWithAck("silent:set", { silent: false })).toMatchObject({ ok: true, revealed: { notes: 0 } });
    expect(readBoard(await storedBoardDoc(db, fx.boardId)).focusAreas.filter((a) => a.id === area)).toHaveLength(1);
  });

  it("a silent phase starts silent writing, and moving on to a phase without it reveals", async () => {
    const silentPhase = await db.phase.create({ data: { workshopId: fx.workshopId, position: 0, kind: "futureImage", title: "Ønsket framtid", prompt: "", silentWriting: true } });
    const sharedPhase = await db.phase.create({ data: { workshopId: fx.workshopId, position: 1, kind: "obstacles", title: "Hindringer", prompt: "" } });
    expect(await facilitator.emitWithAck("phase:set", { phaseId: silentPhase.id })).toMatchObject({ ok: true });
    expect(await anneRoom.emitWithAck("room:sync", {})).toMatchObject({ ok: true, state: { silentWriting: true, currentPhaseId: silentPhase.id } });
    const anne = client(privateIds[0], fx.tokens[0]);
    await synced(anne);
    addNote(anne.doc, { text: "Skrevet i den stille fasen", x: 0, y: 0, authorId: fx.participantIds[0], phaseId: silentPhase.id });
    await until(async () => (await storedTexts(privateIds[0])).length === 1, "the phase's note stored");
    expect(await storedTexts(fx.boardId)).not.toContain("Skrevet i den stille fasen");

    expect(await facilitator.emitWithAck("phase:set", { phaseId: sharedPhase.id })).toMatchObject({ ok: true });
    expect(await anneRoom.emitWithAck("room:sync", {})).toMatchObject({ ok: true, state: { silentWriting: false } });
    const moved = readBoard(await storedBoardDoc(db, fx.boardId)).notes.find((n) => n.text === "Skrevet i den stille fasen");
    expect(moved).toMatchObject({ phaseId: silentPhase.id, authorId: fx.participantIds[0] });
    expect(await storedTexts(privateIds[0])).toEqual([]);
  });

  it("closing the workshop while silent reveals, so the report holds what was written in silence", async () => {
    expect(await facilitator.emitWithAck("silent:set", { silent: true })).toMatchObject({ ok: true });
    const bjorn = client(privateIds[1], fx.tokens[1]);
    await synced(bjorn);
    addNote(bjorn.doc, { text: "Skrevet like før slutt", x: 0, y: 0, authorId: fx.participantIds[1] });
    await until(async () => (await storedTexts(privateIds[1])).length === 1, "the last note stored");
    const closed = await fetch(`${server.url}/api/workshops/${fx.workshopId}`, { method: "PATCH", headers: { cookie: lead.cookieHeader, "content-type": "application/json" }, body: JSON.stringify({ status: "closed" }) });
    expect(closed.status).toBe(200);
    expect(await storedTexts(fx.boardId)).toContain("Skrevet like før slutt");
    expect(await storedTexts(privateIds[1])).toEqual([]);
    expect(await db.workshop.findUniqueOrThrow({ where: { id: fx.workshopId } })).toMatchObject({ status: "closed", silentWriting: false });
    const csv = await fetch(`${server.url}/api/workshops/${fx.workshopId}/export/csv`, { headers: { cookie: lead.cookieHeader } });
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain("Skrevet like før slutt");
  });
});
