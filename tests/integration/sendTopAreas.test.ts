// Sending the plenary's top-ranked focus areas to the table boards, over socket.io against the
// real server: the copies arrive with their notes, their rank and the plenary board as origin;
// "spread" deals them out one table after another, "all" gives every table all of them; ties at
// the cut are included; sending twice copies nothing new; participants and malformed payloads
// are refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { io as connectSocket, type Socket } from "socket.io-client";
import * as Y from "yjs";
import { addNote, createFocusArea, readBoard, setFocusAreaRanks } from "@/lib/board";
import { signParticipantToken } from "@/server/platform/auth/participantToken";
import { createDb, type Db } from "@/server/platform/db/client";
import { startServer, type RunningServer } from "../helpers/server";
import { signUpAndIn, type SignedIn } from "../helpers/auth";

const authSecret = "send-top-test-secret-that-is-long-enough-0123456789";
let server: RunningServer;
let db: Db;
let facilitator: SignedIn;
let ownerId: string;
let workshopId: string;
let plenaryId: string;
let tableBoardIds: string[];
let participantToken: string;

async function storeDoc(boardId: string, doc: Y.Doc) {
  await db.boardUpdate.create({ data: { boardId, data: Buffer.from(Y.encodeStateAsUpdate(doc)) } });
}

/** A board's document as stored (rooms unload once nobody is on them). */
async function storedBoard(boardId: string) {
  const rows = await db.boardUpdate.findMany({ where: { boardId }, orderBy: { id: "asc" } });
  const doc = new Y.Doc();
  for (const row of rows) Y.applyUpdate(doc, row.data);
  return readBoard(doc);
}

/** What a table board holds: its areas by rank with origin and notes. */
async function tableSummary(boardId: string) {
  const board = await storedBoard(boardId);
  return board.focusAreas
    .map((a) => ({
      title: a.title,
      rank: a.rank,
      origin: a.origin,
      notes: board.notes.filter((n) => n.focusAreaId === a.id).map((n) => n.text).sort(),
    }))
    .sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99) || a.title.localeCompare(b.title));
}

function connect(auth: Record<string, string>, cookie?: string, workshop = workshopId): Promise<Socket> {
  const socket = connectSocket(server.url, { transports: ["websocket"], reconnection: false, auth: { workshopId: workshop, ...auth }, extraHeaders: cookie ? { cookie } : undefined });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

const plenaryAreas = [
  { title: "Rekruttering", rank: 1, notes: ["Felles rekrutteringsteam", "Bolig for nyansatte"] },
  { title: "Møteplasser for ungdom", rank: 2, notes: ["Åpne skoler"] },
  { title: "Digitale helsetjenester", rank: 3, notes: ["Velferdsteknologi"] },
  { title: "Frivillighet", rank: 3, notes: [] },
  { title: "Kollektivtransport", rank: 5, notes: ["Nattbuss"] },
  { title: "Uten stemmer", rank: null, notes: ["Ingen prikker"] },
];

beforeAll(async () => {
  server = await startServer({ env: { AUTH_SECRET: authSecret } });
  db = createDb(server.databaseUrl);
  facilitator = await signUpAndIn(server.url, { name: "Fasilitator", email: "sendtop@example.no", password: "et langt passord her" });
  ownerId = (await db.user.findUniqueOrThrow({ where: { email: "sendtop@example.no" } })).id;
  workshopId = (await db.workshop.create({ data: { title: "Send", method: "searchConference", joinCode: "RTWXY4", ownerId } })).id;
  plenaryId = (await db.board.create({ data: { workshopId, title: "Plenumstavla" } })).id;

  // The plenary board after gathering and a revealed vote: ranks written on the areas.
  const doc = new Y.Doc();
  const ranks: Array<{ id: string; rank: number | null }> = [];
  plenaryAreas.forEach((area, i) => {
    const id = createFocusArea(doc, { title: area.title, x: i * 500, y: 0, w: 480, h: 360, origin: { boardId: "table-board-x", tableName: "Bord 9" } });
    area.notes.forEach((text, j) => addNote(doc, { text, x: i * 500 + 20, y: 40 + j * 130, focusAreaId: id }));
    ranks.push({ id, rank: area.rank });
  });
  addNote(doc, { text: "Løs lapp", x: 0, y: 800 });
  setFocusAreaRanks(doc, ranks);
  await storeDoc(plenaryId, doc);

  tableBoardIds = [];
  for (const position of [2, 0, 1]) {
    const table = await db.workshopTable.create({ data: { workshopId, name: `Bord ${position + 1}`, position } });
    const board = await db.board.create({ data: { workshopId, tableId: table.id, title: table.name } });
    // Table 1 already has an area of its own from the group work.
    if (position === 0) {
      const own = new Y.Doc();
      createFocusArea(own, { title: "Rekruttering", x: 0, y: 0 });
      await storeDoc(board.id, own);
    }
    tableBoardIds[position] = board.id;
  }

  const participant = await db.participant.create({ data: { workshopId, displayName: "Ola", organisation: "Frøya kommune", secret: "device-secret" } });
  participantToken = signParticipantToken(authSecret, participant.id, participant.secret);
});

afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
});

const fromPlenary = { boardId: "", tableName: "Plenumstavla" };

describe("sending the top focus areas to the tables", () => {
  it("refuses participants", async () => {
    const socket = await connect({ token: participantToken });
    expect(await socket.emitWithAck("boards:sendTopAreasToTables", { count: 2, mode: "spread" })).toMatchObject({ ok: false, code: "forbidden" });
    socket.disconnect();
  });

  it("refuses malformed payloads", async () => {
    const socket = await connect({}, facilitator.cookieHeader);
    for (const payload of [{}, { count: 0, mode: "spread" }, { count: 21, mode: "all" }, { count: 1.5, mode: "all" }, { count: "2", mode: "all" }, { count: 2, mode: "each" }, { count: 2, mode: "all", extra: 1 }]) {
      expect(await socket.emitWithAck("boards:sendTopAreasToTables", payload), JSON.stringify(payload)).toMatchObject({ ok: false, code: "invalidInput" });
    }
    socket.disconnect();
    // Nothing was written anywhere.
    for (const id of tableBoardIds) expect((await storedBoard(id)).focusAreas.filter((a) => a.origin)).toEqual([]);
  });

  it("spreads the top areas (ties at the cut included) over the tables, with notes and rank, once", async () => {
    fromPlenary.boardId = plenaryId;
    const socket = await connect({}, facilitator.cookieHeader);
    const first = await socket.emitWithAck("boards:sendTopAreasToTables", { count: 3, mode: "spread" });
    // Top 3 by rank are ranks 1, 2, 3 and 3: the tie at the cut comes along.
    expect(first).toMatchObject({ ok: true, plenaryBoardId: plenaryId, areas: 4, copied: 4, alreadyThere: 0 });
    expect(first.tables).toEqual([
      { boardId: tableBoardIds[0], tableName: "Bord 1", areaTitles: ["Rekruttering", "Frivillighet"], copied: 2, alreadyThere: 0 },
      { boardId: tableBoardIds[1], tableName: "Bord 2", areaTitles: ["Møteplasser for ungdom"], copied: 1, alreadyThere: 0 },
      { boardId: tableBoardIds[2], tableName: "Bord 3", areaTitles: ["Digitale helsetjenester"], copied: 1, alreadyThere: 0 },
    ]);
    expect(await socket.emitWithAck("boards:sendTopAreasToTables", { count: 3, mode: "spread" })).toMatchObject({ ok: true, areas: 4, copied: 0, alreadyThere: 4 });
    socket.disconnect();

    expect(await tableSummary(tableBoardIds[0])).toEqual([
      { title: "Rekruttering", rank: 1, origin: fromPlenary, notes: ["Bolig for nyansatte", "Felles rekrutteringsteam"] },
      { title: "Frivillighet", rank: 3, origin: fromPlenary, notes: [] },
      // The table's own area of the same name is left alone.
      { title: "Rekruttering", rank: null, origin: null, notes: [] },
    ]);
    expect(await tableSummary(tableBoardIds[1])).toEqual([{ title: "Møteplasser for ungdom", rank: 2, origin: fromPlenary, notes: ["Åpne skoler"] }]);
    expect(await tableSummary(tableBoardIds[2])).toEqual([{ title: "Digitale helsetjenester", rank: 3, origin: fromPlenary, notes: ["Velferdsteknologi"] }]);
    // The plenary board is untouched.
    expect((await storedBoard(plenaryId)).focusAreas).toHaveLength(plenaryAreas.length);
  });

  it("gives every table all the top areas with mode all, skipping what a table already has", async () => {
    const socket = await connect({}, facilitator.cookieHeader);
    const ack = await socket.emitWithAck("boards:sendTopAreasToTables", { count: 2, mode: "all" });
    // Table 1 has Rekruttering, table 2 has Møteplasser: each gets only the other one.
    expect(ack).toMatchObject({ ok: true, areas: 2, copied: 4, alreadyThere: 2 });
    socket.disconnect();

    const top2 = [
      { title: "Rekruttering", rank: 1, origin: fromPlenary, notes: ["Bolig for nyansatte", "Felles rekrutteringsteam"] },
      { title: "Møteplasser for ungdom", rank: 2, origin: fromPlenary, notes: ["Åpne skoler"] },
    ];
    for (const id of tableBoardIds) {
      const areas = (await tableSummary(id)).filter((a) => a.rank !== null && a.rank <= 2);
      expect(areas).toEqual(top2);
    }
  });

  it("says so when no area on the plenary board has a rank", async () => {
    const other = (await db.workshop.create({ data: { title: "Uten stemmer", method: "searchConference", joinCode: "RTWXY5", ownerId } })).id;
    const plenary = await db.board.create({ data: { workshopId: other, title: "Plenum" } });
    const doc = new Y.Doc();
    createFocusArea(doc, { title: "Ikke rangert", x: 0, y: 0 });
    await storeDoc(plenary.id, doc);
    const socket = await connect({}, facilitator.cookieHeader, other);
    expect(await socket.emitWithAck("boards:sendTopAreasToTables", { count: 2, mode: "spread" })).toMatchObject({ ok: false, code: "noTables" });
    const table = await db.workshopTable.create({ data: { workshopId: other, name: "Bord 1", position: 0 } });
    await db.board.create({ data: { workshopId: other, tableId: table.id, title: table.name } });
    expect(await socket.emitWithAck("boards:sendTopAreasToTables", { count: 2, mode: "spread" })).toMatchObject({ ok: false, code: "noRankedAreas" });
    socket.disconnect();
  });
});
