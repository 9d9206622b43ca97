// Gathering the tables' focus areas into plenary, over socket.io against the real server:
// areas arrive with their notes and their table as origin, gathering twice copies nothing new,
// and participants cannot trigger it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { io as connectSocket, type Socket } from "socket.io-client";
import * as Y from "yjs";
import { addNote, createFocusArea, readBoard } from "@/lib/board";
import { signParticipantToken } from "@/server/platform/auth/participantToken";
import { createDb, type Db } from "@/server/platform/db/client";
import { startServer, type RunningServer } from "../helpers/server";
import { signUpAndIn, type SignedIn } from "../helpers/auth";

const authSecret = "gather-test-secret-that-is-long-enough-0123456789";
let server: RunningServer;
let db: Db;
let facilitator: SignedIn;
let workshopId: string;
let plenaryId: string;
let participantToken: string;

/** A table board with focus areas written the way the Yjs server stores updates. */
async function seedTableBoard(tableName: string, position: number, areas: Array<{ title: string; notes: string[] }>) {
  const table = await db.workshopTable.create({ data: { workshopId, name: tableName, position } });
  const board = await db.board.create({ data: { workshopId, tableId: table.id, title: tableName } });
  const doc = new Y.Doc();
  areas.forEach((area, i) => {
    const areaId = createFocusArea(doc, { title: area.title, x: i * 400, y: 0, w: 360, h: 300 });
    area.notes.forEach((text, j) => addNote(doc, { text, x: i * 400 + 20, y: 40 + j * 120, focusAreaId: areaId }));
  });
  await db.boardUpdate.create({ data: { boardId: board.id, data: Buffer.from(Y.encodeStateAsUpdate(doc)) } });
  return board.id;
}

function connect(auth: Record<string, string>, cookie?: string): Promise<Socket> {
  const socket = connectSocket(server.url, { transports: ["websocket"], reconnection: false, auth: { workshopId, ...auth }, extraHeaders: cookie ? { cookie } : undefined });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

beforeAll(async () => {
  server = await startServer({ env: { AUTH_SECRET: authSecret } });
  db = createDb(server.databaseUrl);
  facilitator = await signUpAndIn(server.url, { name: "Fasilitator", email: "gather@example.no", password: "et langt passord her" });
  const user = await db.user.findUniqueOrThrow({ where: { email: "gather@example.no" } });
  workshopId = (await db.workshop.create({ data: { title: "Samle", method: "searchConference", joinCode: "RTWXY3", ownerId: user.id } })).id;
  plenaryId = (await db.board.create({ data: { workshopId, title: "Plenum" } })).id;
  await seedTableBoard("Bord 1", 0, [
    { title: "Psykisk helse", notes: ["Lavterskeltilbud", "Ungdomskontakt"] },
    { title: "Fysisk aktivitet", notes: ["Turstier"] },
  ]);
  await seedTableBoard("Bord 2", 1, [{ title: "Psykisk helse", notes: ["Skolehelsetjeneste"] }]);
  const participant = await db.participant.create({ data: { workshopId, displayName: "Ola", organisation: "Frøya kommune", secret: "device-secret" } });
  participantToken = signParticipantToken(authSecret, participant.id, participant.secret);
});

afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
});

describe("gathering focus areas in plenary", () => {
  it("refuses participants", async () => {
    const socket = await connect({ token: participantToken });
    expect(await socket.emitWithAck("boards:gatherToPlenary", {})).toMatchObject({ ok: false, code: "forbidden" });
    socket.disconnect();
  });

  it("copies every table's areas with notes and origin, once", async () => {
    const socket = await connect({}, facilitator.cookieHeader);
    expect(await socket.emitWithAck("boards:gatherToPlenary", {})).toMatchObject({ ok: true, plenaryBoardId: plenaryId, copied: 3, alreadyThere: 0 });
    expect(await socket.emitWithAck("boards:gatherToPlenary", {})).toMatchObject({ ok: true, copied: 0, alreadyThere: 3 });
    expect(await socket.emitWithAck("boards:gatherToPlenary", { extra: 1 })).toMatchObject({ ok: false, code: "invalidInput" });
    socket.disconnect();

    // Read the plenary board as stored (the room is unloaded once nobody is on it).
    const rows = await db.boardUpdate.findMany({ where: { boardId: plenaryId }, orderBy: { id: "asc" } });
    const plenary = new Y.Doc();
    for (const row of rows) Y.applyUpdate(plenary, row.data);
    const board = readBoard(plenary);
    const summary = board.focusAreas
      .map((a) => ({
        title: a.title,
        table: a.origin?.tableName,
        notes: board.notes.filter((n) => n.focusAreaId === a.id).map((n) => n.text).sort(),
      }))
      .sort((a, b) => `${a.table}${a.title}`.localeCompare(`${b.table}${b.title}`));
    expect(summary).toEqual([
      { title: "Fysisk aktivitet", table: "Bord 1", notes: ["Turstier"] },
      { title: "Psykisk helse", table: "Bord 1", notes: ["Lavterskeltilbud", "Ungdomskontakt"] },
      { title: "Psykisk helse", table: "Bord 2", notes: ["Skolehelsetjeneste"] },
    ]);
    // Each table's areas in a column of their own, side by side from the same height, every
    // note still inside its frame.
    const fromTable = (name: string) => board.focusAreas.filter((a) => a.origin?.tableName === name);
    expect(Math.min(...fromTable("Bord 2").map((a) => a.x))).toBeGreaterThan(Math.max(...fromTable("Bord 1").map((a) => a.x + a.w)));
    expect(Math.min(...fromTable("Bord 2").map((a) => a.y))).toBe(Math.min(...fromTable("Bord 1").map((a) => a.y)));
    for (const area of board.focusAreas) {
      for (const note of board.notes.filter((n) => n.focusAreaId === area.id)) {
        expect(note.x).toBeGreaterThanOrEqual(area.x);
        expect(note.x + note.w).toBeLessThanOrEqual(area.x + area.w);
        expect(note.y).toBeGreaterThanOrEqual(area.y);
      }
    }
  });
});
