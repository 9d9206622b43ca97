// The live room against the real server process: joining over HTTP, then real socket.io
// clients for participants and two facilitators, and a real y-websocket client for locks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { io as connectSocket, type Socket } from "socket.io-client";
import { addNote, messageType, readBoard } from "@/lib/board";
import { connectBoard, eventually, synced, type BoardClient } from "@/bench/lib/clients";
import { createDb, type Db } from "@/server/platform/db/client";
import type { RoomMessage, RoomPresence, RoomState } from "@/lib/contract/room";
import { storedBoardDoc } from "../helpers/boards";
import { startServer, type RunningServer } from "../helpers/server";
import { signUpAndIn, signIn, type SignedIn } from "../helpers/auth";

let server: RunningServer;
let db: Db;
let lead: SignedIn;
let co: SignedIn;
let workshopId: string;
let phaseIds: string[];
let tableIds: string[];
const sockets: Socket[] = [];
const boards: BoardClient[] = [];

const CODE = "KMNPRT";

async function join(body: Record<string, unknown>, cookie?: string) {
  const res = await fetch(`${server.url}/api/join`, { method: "POST", headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
  const setCookie = res.headers.getSetCookie()[0] ?? "";
  return { res, body: (await res.json()) as Record<string, unknown>, cookie: setCookie.split(";")[0], setCookie };
}

interface Client {
  socket: Socket;
  states: RoomState[];
  messages: RoomMessage[];
  latest(): RoomState | undefined;
}

function connect(auth: { cookie?: string; token?: string }, id = workshopId): Promise<Client> {
  const socket = connectSocket(server.url, {
    path: "/socket.io",
    transports: ["websocket"],
    reconnection: false,
    auth: { workshopId: id, ...(auth.token ? { token: auth.token } : {}) },
    extraHeaders: auth.cookie ? { cookie: auth.cookie } : undefined,
  });
  sockets.push(socket);
  const client: Client = { socket, states: [], messages: [], latest: () => client.states.at(-1) };
  socket.on("room:state", (s: RoomState) => client.states.push(s));
  // As components/room/useRoom.ts does: presence replaces counts and tables of the last state.
  socket.on("room:presence", (p: RoomPresence) => {
    const last = client.latest();
    if (last) client.states.push({ ...last, counts: p.counts, tables: p.tables });
  });
  socket.on("room:message", (m: RoomMessage) => client.messages.push(m));
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(client));
    socket.once("connect_error", reject);
  });
}

const emit = (c: Client, event: string, payload?: unknown) =>
  c.socket.timeout(10_000).emitWithAck(event, ...(payload === undefined ? [] : [payload])) as Promise<{ ok: boolean; code?: string; [k: string]: unknown }>;

/** What the facilitator's participant list sends to remove someone. */
const removeOverHttp = (participantId: string, cookie: string) =>
  fetch(`${server.url}/api/workshops/${workshopId}/participants/${participantId}`, { method: "DELETE", headers: { cookie } });

async function workshopRow() {
  return db.workshop.findUniqueOrThrow({ where: { id: workshopId } });
}

beforeAll(async () => {
  server = await startServer({ env: { SIGNUP_OPEN: "true" } });
  db = createDb(server.databaseUrl);
  lead = await signUpAndIn(server.url, { name: "Lise Leder", email: "lise@example.no", password: "et langt passord her" });
  await signUpAndIn(server.url, { name: "Kåre Kollega", email: "kare@example.no", password: "et annet langt passord" });
  const signedIn = await signIn(server.url, "kare@example.no", "et annet langt passord");
  if ("error" in signedIn) throw new Error(signedIn.error);
  co = signedIn;
  const owner = await db.user.findUniqueOrThrow({ where: { email: "lise@example.no" } });
  const coUser = await db.user.findUniqueOrThrow({ where: { email: "kare@example.no" } });
  const workshop = await db.workshop.create({
    data: {
      title: "Folkehelse i Vesterdalen",
      method: "searchConference",
      joinCode: CODE,
      capacity: 4,
      ownerId: owner.id,
      facilitators: { create: { userId: coUser.id, role: "coFacilitator" } },
      organisations: { create: [{ name: "Aske kommune", sector: "kommune", position: 0 }, { name: "Helse Vest", sector: "helseforetak", position: 1 }] },
      phases: {
        create: [
          { position: 0, kind: "futureImage", title: "Ønsket framtid", prompt: "Hva er viktig for deg?", groupMode: "mixed", timeboxMinutes: 20 },
          { position: 1, kind: "obstacles", title: "Hindringer", prompt: "Hva står i veien?", groupMode: "mixed" },
          { position: 2, kind: "prioritising", title: "Prioritering", prompt: "", groupMode: "plenary" },
        ],
      },
      tables: { create: [{ name: "Bord 1", position: 0 }, { name: "Bord 2", position: 1 }] },
    },
    include: { phases: { orderBy: { position: "asc" } }, tables: { orderBy: { position: "asc" } } },
  });
  workshopId = workshop.id;
  phaseIds = workshop.phases.map((p) => p.id);
  tableIds = workshop.tables.map((t) => t.id);
});

afterAll(async () => {
  for (const s of sockets) s.disconnect();
  for (const b of boards) b.destroy();
  await db?.$disconnect();
  await server?.stop();
});

const people: { cookie: string; id: string }[] = [];

describe("joining", () => {
  it("joins by code with a signed httpOnly cookie and seats a late joiner at a table", async () => {
    const first = await join({ code: "kmn-prt", displayName: "Ola", organisation: "Aske kommune", sector: "kommune" });
    expect(first.res.status).toBe(201);
    expect(first.body).toMatchObject({ ok: true, workshopId, resumed: false, redirect: `/w/${workshopId}` });
    expect(first.setCookie).toMatch(new RegExp(`^samla_p_${workshopId}=p\\.`));
    expect(first.setCookie).toMatch(/HttpOnly/);
    expect(first.setCookie).toMatch(/SameSite=Lax/);
    const row = await db.participant.findUniqueOrThrow({ where: { id: first.body.participantId as string } });
    expect(tableIds).toContain(row.tableId);
    people.push({ cookie: first.cookie, id: row.id });
  });

  it("rejoining on the same device resumes the same participant and can change the name", async () => {
    const again = await join({ code: CODE, displayName: "Ola Nordmann", organisation: "Aske kommune" }, people[0].cookie);
    expect(again.res.status).toBe(200);
    expect(again.body).toMatchObject({ participantId: people[0].id, resumed: true });
    expect(await db.participant.count({ where: { workshopId } })).toBe(1);
    expect((await db.participant.findUniqueOrThrow({ where: { id: people[0].id } })).displayName).toBe("Ola Nordmann");
  });

  it("spreads organisations over the tables and enforces the capacity", async () => {
    for (const [name, org] of [["Kari", "Helse Vest"], ["Per", "Fylket"], ["Siri", "Frivilligsentralen"]]) {
      const r = await join({ code: CODE, displayName: name, organisation: org });
      expect(r.res.status).toBe(201);
      people.push({ cookie: r.cookie, id: r.body.participantId as string });
    }
    const seated = await db.participant.groupBy({ by: ["tableId"], where: { workshopId }, _count: true });
    expect(seated.map((s) => s._count).sort()).toEqual([2, 2]);
    const full = await join({ code: CODE, displayName: "Femte", organisation: "Aske kommune" });
    expect(full.res.status).toBe(409);
    expect(full.body).toEqual({ error: "full" });
    expect(await db.participant.count({ where: { workshopId } })).toBe(4);
  });

  it("explains wrong, malformed, closed and archived codes", async () => {
    expect((await join({ code: "AAAAAA", displayName: "X", organisation: "Y" })).body).toEqual({ error: "notFound" });
    const malformed = await join({ code: "AB", displayName: "X", organisation: "Y" });
    expect(malformed.res.status).toBe(400);
    expect(malformed.body.error).toBe("invalidInput");
    const noName = await join({ code: CODE, displayName: "  ", organisation: "Y" });
    expect(noName.res.status).toBe(400);
    const other = await db.workshop.create({ data: { title: "Ferdig", method: "free", joinCode: "HHHHHH", status: "closed", ownerId: (await workshopRow()).ownerId } });
    expect((await join({ code: "HHHHHH", displayName: "X", organisation: "Y" })).body).toEqual({ error: "closed" });
    await db.workshop.update({ where: { id: other.id }, data: { status: "archived" } });
    const archived = await join({ code: "HHHHHH", displayName: "X", organisation: "Y" });
    expect(archived.res.status).toBe(410);
    const page = await (await fetch(`${server.url}/join/HHHHHH`, { headers: { cookie: "samla_locale=nb" } })).text();
    expect(page).toContain("arkivert");
    const wrongPage = await (await fetch(`${server.url}/join/XXXXXX`, { headers: { cookie: "samla_locale=en" } })).text();
    expect(wrongPage).toContain("could not find");
  });
});

describe("running the room", () => {
  let facilitator: Client;
  let coFacilitator: Client;
  let ola: Client;
  let kari: Client;

  it("sends the room state on connect, with each person's table and board", async () => {
    facilitator = await connect({ cookie: lead.cookieHeader });
    coFacilitator = await connect({ cookie: co.cookieHeader });
    ola = await connect({ cookie: people[0].cookie });
    kari = await connect({ cookie: people[1].cookie });
    await eventually(() => Boolean(ola.latest() && kari.latest() && facilitator.latest()), 10_000, "initial state");
    const mine = ola.latest()!;
    expect(mine.title).toBe("Folkehelse i Vesterdalen");
    expect(mine.me).toMatchObject({ access: "participant", participantId: people[0].id, name: "Ola Nordmann" });
    expect(mine.currentPhaseId).toBeNull();
    expect(mine.boards.filter((b) => b.tableId === null)).toHaveLength(1);
    expect(mine.boards).toHaveLength(3);
    // presence: facilitators see names, participants only numbers
    await eventually(() => facilitator.latest()!.counts.online === 2, 10_000, "presence");
    expect(facilitator.latest()!.tables.flatMap((t) => t.onlineNames ?? [])).toEqual(expect.arrayContaining(["Ola Nordmann", "Kari"]));
    await eventually(() => ola.latest()!.counts.online === 2, 10_000, "presence for participants");
    expect(ola.latest()!.tables.every((t) => t.onlineNames === undefined)).toBe(true);
  });

  it("refuses facilitator events from a participant and changes nothing", async () => {
    const before = await workshopRow();
    for (const [event, payload] of [
      ["phase:set", { phaseId: phaseIds[1] }],
      ["timer:start", { durationMs: 60_000 }],
      ["boards:lockAll", {}],
      ["room:broadcast", { text: "hei" }],
    ] as const) {
      expect(await emit(ola, event, payload)).toMatchObject({ ok: false, code: "forbidden" });
    }
    // Removing someone is the facilitator's too (over HTTP, as the participant list does it).
    expect((await removeOverHttp(people[1].id, people[0].cookie)).status).toBe(403);
    const after = await workshopRow();
    expect(after.currentPhaseId).toBe(before.currentPhaseId);
    expect(after.timerEndsAt).toBeNull();
    expect(await db.board.count({ where: { workshopId, locked: true } })).toBe(0);
    expect((await db.participant.findUniqueOrThrow({ where: { id: people[1].id } })).removedAt).toBeNull();
  });

  it("answers malformed payloads with invalidInput and changes nothing", async () => {
    for (const [event, payload] of [
      ["phase:set", {}],
      ["phase:set", { phaseId: 42 }],
      ["timer:start", { durationMs: "ten" }],
      ["timer:start", { durationMs: -5 }],
      ["timer:addTime", { ms: 0 }],
      ["timer:pause", { extra: true }],
      ["board:lock", { boardId: "" }],
      ["room:broadcast", { text: "x".repeat(501) }],
    ] as const) {
      expect(await emit(facilitator, event, payload)).toMatchObject({ ok: false, code: "invalidInput" });
    }
    expect(await emit(facilitator, "phase:set", { phaseId: "not-a-phase-here" })).toMatchObject({ ok: false, code: "notFound" });
    const row = await workshopRow();
    expect(row.currentPhaseId).toBeNull();
    expect(row.timerEndsAt).toBeNull();
  });

  it("moves everyone to the phase the facilitator sets; a late joiner lands there", async () => {
    expect(await emit(facilitator, "phase:set", { phaseId: phaseIds[0] })).toMatchObject({ ok: true });
    await eventually(() => ola.latest()?.currentPhaseId === phaseIds[0] && kari.latest()?.currentPhaseId === phaseIds[0], 5_000, "phase reached participants");
    // table phase: each participant works on their own table's board
    const olaState = ola.latest()!;
    const olaBoard = olaState.boards.find((b) => b.id === olaState.me.boardId)!;
    expect(olaBoard.tableId).toBe(olaState.me.tableId);
    const late = await connect({ cookie: people[2].cookie });
    await eventually(() => late.latest()?.currentPhaseId === phaseIds[0], 5_000, "late joiner state");
  });

  it("keeps the timer in sync on every screen", async () => {
    const ack = await emit(facilitator, "timer:start", { durationMs: 10 * 60_000 });
    expect(ack).toMatchObject({ ok: true });
    await eventually(() => ola.latest()?.timer.status === "running" && kari.latest()?.timer.status === "running", 5_000, "timer reached participants");
    const a = ola.latest()!.timer;
    const b = kari.latest()!.timer;
    expect(a.endsAt).toBe(b.endsAt);
    expect(a.durationMs).toBe(600_000);
    const { serverNow } = (await emit(ola, "time:sync")) as unknown as { serverNow: number };
    expect(Math.abs(a.endsAt! - serverNow - 600_000)).toBeLessThan(2_000);
    expect(await emit(facilitator, "timer:pause", {})).toMatchObject({ ok: true });
    await eventually(() => ola.latest()?.timer.status === "paused", 5_000, "paused");
    expect(ola.latest()!.timer.remainingMs).toBeGreaterThan(590_000);
    expect(await emit(facilitator, "timer:resume")).toMatchObject({ ok: true });
    await eventually(() => kari.latest()?.timer.status === "running", 5_000, "resumed");
  });

  it("applies two facilitators' simultaneous changes without losing one", async () => {
    const before = (await workshopRow()).timerDurationMs!;
    const acks = await Promise.all([
      emit(facilitator, "timer:addTime", { ms: 60_000 }),
      emit(coFacilitator, "timer:addTime", { ms: 60_000 }),
      emit(facilitator, "timer:addTime", { ms: 60_000 }),
      emit(coFacilitator, "timer:addTime", { ms: 60_000 }),
    ]);
    expect(acks.every((a) => a.ok)).toBe(true);
    expect((await workshopRow()).timerDurationMs).toBe(before + 240_000);
    // both press "next" at once: absolute targets, so the room lands on one phase, not two ahead
    await Promise.all([emit(facilitator, "phase:set", { phaseId: phaseIds[1] }), emit(coFacilitator, "phase:set", { phaseId: phaseIds[1] })]);
    expect((await workshopRow()).currentPhaseId).toBe(phaseIds[1]);
    await eventually(() => ola.latest()?.currentPhaseId === phaseIds[1], 5_000, "same phase");
    // conflicting jumps: every client ends on what the database says
    await Promise.all([emit(facilitator, "phase:set", { phaseId: phaseIds[0] }), emit(coFacilitator, "phase:set", { phaseId: phaseIds[2] })]);
    const final = (await workshopRow()).currentPhaseId;
    await eventually(() => [ola, kari, facilitator, coFacilitator].every((c) => c.latest()?.currentPhaseId === final), 5_000, "all agree");
    expect(await emit(facilitator, "phase:set", { phaseId: phaseIds[0] })).toMatchObject({ ok: true });
  });

  it("locks a board: the state says so and the Yjs server refuses edits", async () => {
    const state = ola.latest()!;
    const boardId = state.me.boardId!;
    const token = decodeURIComponent(people[0].cookie.slice(people[0].cookie.indexOf("=") + 1));
    const writer = connectBoard(server.url, boardId, token);
    boards.push(writer);
    await synced(writer);
    expect(await emit(facilitator, "board:lock", { boardId })).toMatchObject({ ok: true, locked: true });
    await eventually(() => ola.latest()!.boards.find((b) => b.id === boardId)?.locked === true, 5_000, "lock in state");
    expect((await db.board.findUniqueOrThrow({ where: { id: boardId } })).locked).toBe(true);
    const denied: string[] = [];
    writer.provider.messageHandlers[messageType.auth] = (_e, decoder) => {
      denied.push(new TextDecoder().decode(decoder.arr.subarray(decoder.pos)));
    };
    addNote(writer.doc, { text: "etter låsing", x: 0, y: 0 });
    await eventually(() => denied.length > 0, 5_000, "edit refused");
    expect(denied[0]).toMatch(/locked/);
    expect(readBoard(await storedBoardDoc(db, boardId)).notes).toHaveLength(0);
    expect(readBoard(writer.doc).notes).toHaveLength(1);
    expect(await emit(facilitator, "boards:lockAll")).toMatchObject({ ok: true, boards: 3 });
    expect(await db.board.count({ where: { workshopId, locked: false } })).toBe(0);
    expect(await emit(facilitator, "boards:unlockAll")).toMatchObject({ ok: true });
    expect(await db.board.count({ where: { workshopId, locked: true } })).toBe(0);
  });

  it("broadcasts to everyone or only to one table", async () => {
    expect(await emit(facilitator, "room:broadcast", { text: "Kaffe om fem minutter" })).toMatchObject({ ok: true });
    await eventually(() => ola.messages.length === 1 && kari.messages.length === 1, 5_000, "broadcast to all");
    const olaTable = ola.latest()!.me.tableId!;
    const kariTable = kari.latest()!.me.tableId!;
    expect(olaTable).not.toBe(kariTable);
    expect(await emit(facilitator, "room:broadcast", { text: "Bare ditt bord", tableId: olaTable })).toMatchObject({ ok: true });
    await eventually(() => ola.messages.length === 2, 5_000, "table message");
    await new Promise((r) => setTimeout(r, 300));
    expect(kari.messages).toHaveLength(1);
    expect(ola.messages[1]).toMatchObject({ text: "Bare ditt bord", tableId: olaTable });
  });

  it("removes a participant: their socket closes and their cookie stops working", async () => {
    const closed = new Promise<void>((resolve) => kari.socket.once("disconnect", () => resolve()));
    const removed = await removeOverHttp(people[1].id, lead.cookieHeader);
    expect(removed.status).toBe(200);
    expect(await removed.json()).toMatchObject({ ok: true });
    await closed;
    await expect(connect({ cookie: people[1].cookie })).rejects.toThrow(/unauthenticated|removed/);
    expect((await db.participant.findUniqueOrThrow({ where: { id: people[1].id } })).removedAt).not.toBeNull();
    await eventually(() => facilitator.latest()!.counts.joined === 3, 5_000, "count updated");
  });
});
