// Who may do what on a board, enforced by the server against raw y-websocket clients: a removed
// participant is cut off at once, a participant cannot delete or rewrite someone else's note,
// a lock stops participants but not the facilitator, and an observer's edit goes nowhere.
// Every refused edit must be absent for everyone, in the database, and after a reconnect.
import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { io as connectSocket, type Socket } from "socket.io-client";
import { addNote, closeCode, createFocusArea, decodeRefusal, deleteNotes, messageType, moveNotes, readBoard, readDurableAck, recolourNote, updateNoteText } from "@/lib/board";
import { connectBoard, eventually, rawSession, synced, type BoardClient } from "@/bench/lib/clients";
import { seedBoard, type BoardFixture } from "@/bench/lib/boardFixture";
import { createDb, type Db } from "@/server/platform/db/client";
import { storedBoardDoc } from "../helpers/boards";
import { signUpAndIn, type SignedIn } from "../helpers/auth";
import { startServer, type RunningServer } from "../helpers/server";

const authSecret = "yjs-authority-test-secret-0123456789";
let server: RunningServer;
let db: Db;
let fx: BoardFixture;
let lead: SignedIn;
const clients: BoardClient[] = [];
const sockets: Socket[] = [];

const ackedClocks = new Map<BoardClient, number>();

function client(token: string, boardId = fx.boardId): BoardClient {
  const c = connectBoard(server.url, boardId, token, { acks: true });
  ackedClocks.set(c, 0);
  c.provider.messageHandlers[messageType.durableAck] = (_e, decoder) => {
    ackedClocks.set(c, Math.max(ackedClocks.get(c)!, readDurableAck(decoder).clocks.get(c.doc.clientID) ?? 0));
  };
  clients.push(c);
  return c;
}

/** Resolves once the server has acknowledged everything `c` wrote as stored (edits are relayed before they are stored). */
const storedAll = (c: BoardClient) => eventually(() => ackedClocks.get(c)! >= Y.getState(c.doc.store, c.doc.clientID), 10_000, "acknowledged as stored");

/** Collects the refusals (y-websocket "permission denied" reasons) a client receives. */
function refusals(c: BoardClient): string[] {
  const seen: string[] = [];
  c.provider.messageHandlers[messageType.auth] = (_e, decoder) => {
    decoding.readVarUint(decoder); // permission denied
    seen.push(decoding.readVarString(decoder));
  };
  return seen;
}

const texts = (doc: Y.Doc) => readBoard(doc).notes.map((n) => n.text).sort();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function newBoard(title: string): Promise<string> {
  return (await db.board.create({ data: { workshopId: fx.workshopId, title } })).id;
}

async function facilitatorSocket(): Promise<Socket> {
  const socket = connectSocket(server.url, { path: "/socket.io", transports: ["websocket"], reconnection: false, auth: { workshopId: fx.workshopId }, extraHeaders: { cookie: lead.cookieHeader } });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  return socket;
}

beforeAll(async () => {
  server = await startServer({ env: { AUTH_SECRET: authSecret, SIGNUP_OPEN: "true" } });
  db = createDb(server.databaseUrl);
  // The first account is an administrator: a facilitator of every workshop.
  lead = await signUpAndIn(server.url, { name: "Lise Leder", email: "lise@example.no", password: "et langt passord her" });
  fx = await seedBoard(db, authSecret, 4);
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  for (const s of sockets) s.disconnect();
  await db?.$disconnect();
  await server?.stop();
});

describe("a removed participant", () => {
  it("loses their open board connection at once, cannot write through it, and cannot reconnect", async () => {
    const boardId = await newBoard("Fjerning");
    const [removedToken, watcherToken] = [fx.tokens[2], fx.tokens[3]];
    const removed = client(removedToken, boardId);
    const watcher = client(watcherToken, boardId);
    await Promise.all([synced(removed), synced(watcher)]);
    addNote(removed.doc, { text: "før fjerning", x: 0, y: 0, authorId: removed.authorId });
    await eventually(() => texts(watcher.doc).includes("før fjerning"), 5_000, "note before removal");
    await storedAll(removed);
    let closedWith: number | null = null;
    removed.provider.on("connection-close", (event: CloseEvent | null) => (closedWith ??= event?.code ?? null));

    const res = await fetch(`${server.url}/api/workshops/${fx.workshopId}/participants/${fx.participantIds[2]}`, { method: "DELETE", headers: { cookie: lead.cookieHeader } });
    expect(res.status).toBe(200);
    // The route answers after the board connections were closed.
    await eventually(() => closedWith !== null, 2_000, "the removed participant's board connection closed");
    expect(closedWith).toBe(closeCode.removed);
    addNote(removed.doc, { text: "etter fjerning", x: 0, y: 0, authorId: removed.authorId });
    await sleep(1_500); // the provider tries to reconnect meanwhile
    expect(removed.provider.wsconnected).toBe(false);
    expect(texts(watcher.doc)).toEqual(["før fjerning"]);
    expect(texts(await storedBoardDoc(db, boardId))).toEqual(["før fjerning"]);
    const again = await rawSession(`${server.url.replace(/^http/, "ws")}/yjs/${boardId}?token=${removedToken}`, []);
    // The removal also rotated the participant's secret: the token itself is no longer valid.
    expect([401, 403]).toContain(again.status);
    removed.destroy();
  });
});

describe("someone else's note over raw Yjs", () => {
  it("cannot be deleted or rewritten by another participant; it can be arranged; a facilitator may delete it", async () => {
    const boardId = await newBoard("Eierskap");
    const anne = client(fx.tokens[0], boardId);
    const bjorn = client(fx.tokens[1], boardId);
    const watcher = client(fx.tokens[3], boardId);
    await Promise.all([synced(anne), synced(bjorn), synced(watcher)]);
    const annes = addNote(anne.doc, { text: "Annes innspill", x: 0, y: 0, authorId: anne.authorId });
    await eventually(() => texts(bjorn.doc).includes("Annes innspill") && texts(watcher.doc).includes("Annes innspill"), 5_000, "Anne's note everywhere");
    const refused = refusals(bjorn);
    deleteNotes(bjorn.doc, [annes]);
    await eventually(() => refused.length === 1, 5_000, "deletion refused");
    // His copy no longer has the note; a second connection of his still does.
    const bjornAgain = client(fx.tokens[1], boardId);
    await synced(bjornAgain);
    const refusedAgain = refusals(bjornAgain);
    updateNoteText(bjornAgain.doc, annes, "Bjørn skrev over");
    await eventually(() => refusedAgain.length === 1, 5_000, "rewrite refused");
    expect([...refused, ...refusedAgain].map((r) => decodeRefusal(r).code)).toEqual(["notYours", "notYours"]);
    // An edit of Anne's sent after the refusals: once the watcher has it, it has everything
    // the server relayed before it, so the refused edits would have shown by now.
    recolourNote(anne.doc, annes, "pink");
    await eventually(() => readBoard(watcher.doc).notes[0]?.colour === "pink", 5_000, "Anne's later edit");
    expect(texts(watcher.doc)).toEqual(["Annes innspill"]);
    expect(texts(anne.doc)).toEqual(["Annes innspill"]);

    // Arranging it is what the board lets everyone do. A fresh copy of Bjørn's: his old one holds the refused edits.
    const mover = client(fx.tokens[1], boardId);
    await synced(mover);
    moveNotes(mover.doc, [{ id: annes, x: 400, y: 300 }]);
    await eventually(() => readBoard(watcher.doc).notes[0]?.x === 400, 5_000, "Bjørn moved Anne's note");

    const facilitator = client(lead.sessionToken, boardId);
    await synced(facilitator);
    deleteNotes(facilitator.doc, [annes]);
    await eventually(() => texts(watcher.doc).length === 0, 5_000, "the facilitator deleted it");
    // A deletion takes no clock of its own: an edit after it, once acknowledged, says it is stored.
    createFocusArea(facilitator.doc, { title: "Etter slettingen", x: 0, y: 0 });
    await eventually(() => readBoard(watcher.doc).focusAreas.length === 1, 5_000, "the facilitator's later edit");
    await Promise.all([storedAll(facilitator), storedAll(mover), storedAll(anne)]);

    // Nothing of the refused edits is in the database; the facilitator's deletion is.
    const stored = await storedBoardDoc(db, boardId);
    expect(texts(stored)).toEqual([]);
    expect(Y.encodeStateVector(stored)).toEqual(Y.encodeStateVector(watcher.doc));
  });
});

describe("a locked board", () => {
  it("takes the facilitator's edits, refuses a participant's for good and an observer's, and none of those reach anyone", async () => {
    const boardId = await newBoard("Plenum");
    const participant = client(fx.tokens[0], boardId);
    const watcher = client(fx.tokens[3], boardId);
    const observer = client(fx.observerToken, boardId);
    const facilitator = client(lead.sessionToken, boardId);
    await Promise.all([participant, watcher, observer, facilitator].map((c) => synced(c)));
    const socket = await facilitatorSocket();
    expect(await socket.timeout(10_000).emitWithAck("board:lock", { boardId })).toMatchObject({ ok: true, locked: true });

    const refusedParticipant = refusals(participant);
    const refusedObserver = refusals(observer);
    addNote(participant.doc, { text: "deltaker etter låsing", x: 0, y: 0, authorId: participant.authorId });
    addNote(observer.doc, { text: "observatør", x: 0, y: 0, authorId: observer.authorId });
    addNote(facilitator.doc, { text: "fasilitator ordner", x: 0, y: 0 });
    await eventually(() => texts(watcher.doc).includes("fasilitator ordner"), 5_000, "the facilitator's edit reaches participants");
    await eventually(() => refusedParticipant.length > 0 && refusedObserver.length > 0, 5_000, "both refused");
    expect(decodeRefusal(refusedParticipant[0]).code).toBe("locked");
    expect(decodeRefusal(refusedObserver[0]).code).toBe("observer");
    // Acknowledged, so everything they sent has been dealt with and stored as it will be.
    await Promise.all([storedAll(facilitator), storedAll(participant)]);
    expect(texts(watcher.doc)).toEqual(["fasilitator ordner"]);
    expect(texts(facilitator.doc)).toEqual(["fasilitator ordner"]);
    expect(texts(await storedBoardDoc(db, boardId))).toEqual(["fasilitator ordner"]);

    // Unlocked, the participant's old copy reconnects and sends everything again: the refused
    // note stays gone (its ids are taken on the server); the board carries on.
    expect(await socket.timeout(10_000).emitWithAck("board:unlock", { boardId })).toMatchObject({ ok: true, locked: false });
    participant.provider.disconnect();
    participant.provider.connect();
    await synced(participant);
    addNote(participant.doc, { text: "etter opplåsing", x: 0, y: 0, authorId: participant.authorId });
    await eventually(() => texts(watcher.doc).includes("etter opplåsing"), 5_000, "edits after the unlock");
    await storedAll(participant);
    expect(texts(watcher.doc)).toEqual(["etter opplåsing", "fasilitator ordner"]);
    expect(texts(await storedBoardDoc(db, boardId))).toEqual(["etter opplåsing", "fasilitator ordner"]);
  });
});
