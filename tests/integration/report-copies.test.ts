// A report that counts right after copies: three tables write 25 notes in two phases, the
// facilitator gathers their focus areas to plenary, ranks them there and sends the top areas
// back to the tables, so most notes exist two or three times. The Word report, the spreadsheet
// and the CSV, fetched over HTTP and read back with independent readers, must still count each
// table's own notes, list every note once (under the board where it was written, naming where
// its copies went) and group the notes by the phase they were written in.
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { io as connectSocket, type Socket } from "socket.io-client";
import { addNote, createFocusArea, readBoard, setFocusAreaRanks } from "@/lib/board";
import { connectBoard, synced, type BoardClient } from "@/bench/lib/clients";
import { createDb, type Db } from "@/server/platform/db/client";
import { storedBoardDoc } from "../helpers/boards";
import { signUpAndIn, type SignedIn } from "../helpers/auth";
import { startServer, type RunningServer } from "../helpers/server";
import { againOnReset, column, docxTables, docxText, docxXml, parseCsv, workbook } from "./readBack";

const authSecret = "report-copies-test-secret-0123456789";
let server: RunningServer;
let db: Db;
let lead: SignedIn;
let workshopId: string;
let plenaryId: string;
const phaseIds: Record<"future" | "obstacles", string> = { future: "", obstacles: "" };
/** What each table wrote: note text → phase. */
const written = new Map<string, { table: string; phase: "future" | "obstacles" }>();
const tables = [
  { name: "Bord 1", notes: 13 },
  { name: "Bord 2", notes: 7 },
  { name: "Bord 3", notes: 5 },
];
let plenaryClient: BoardClient | null = null;

const noteText = (table: number, n: number) => `Lapp-${table}-${String(n).padStart(2, "0")}`;

async function seedTable(index: number) {
  const t = tables[index];
  const table = await db.workshopTable.create({ data: { workshopId, name: t.name, position: index } });
  const board = await db.board.create({ data: { workshopId, tableId: table.id, title: t.name } });
  const doc = new Y.Doc();
  // Two areas per table, and a few notes left outside any area (those are never copied).
  const areas = [
    createFocusArea(doc, { title: `Område ${index + 1}A`, x: 0, y: 0, w: 480, h: 800 }),
    createFocusArea(doc, { title: `Område ${index + 1}B`, x: 600, y: 0, w: 480, h: 800 }),
  ];
  for (let n = 1; n <= t.notes; n++) {
    const phase = n <= Math.ceil(t.notes / 2) ? "future" : "obstacles";
    const text = noteText(index + 1, n);
    written.set(text, { table: t.name, phase });
    const focusAreaId = n % 4 === 0 ? null : areas[n % 2];
    addNote(doc, { text, x: 20, y: 60 + n * 10, focusAreaId, authorName: `Person ${n}`, authorOrganisation: "Frøya kommune", phaseId: phaseIds[phase], createdAt: new Date(Date.UTC(2026, 2, 12, 9, n)).toISOString() });
  }
  await db.boardUpdate.create({ data: { boardId: board.id, data: Buffer.from(Y.encodeStateAsUpdate(doc)) } });
}

async function facilitatorSocket(): Promise<Socket> {
  const socket = connectSocket(server.url, { transports: ["websocket"], reconnection: false, auth: { workshopId }, extraHeaders: { cookie: lead.cookieHeader } });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  return socket;
}

async function file(format: string, query = ""): Promise<Buffer> {
  const res = await againOnReset(`${server.url}/api/workshops/${workshopId}/export/${format}${query}`, { headers: { cookie: lead.cookieHeader } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

/** How often `text` stands in `haystack` as a whole note text (the texts are all one length). */
const occurrences = (haystack: string, text: string) => haystack.split(text).length - 1;

beforeAll(async () => {
  server = await startServer({ env: { AUTH_SECRET: authSecret } });
  db = createDb(server.databaseUrl);
  lead = await signUpAndIn(server.url, { name: "Lise Leder", email: "lise.copies@example.no", password: "et langt passord her" });
  const owner = await db.user.findUniqueOrThrow({ where: { email: "lise.copies@example.no" } });
  workshopId = (await db.workshop.create({ data: { title: "Kopier", method: "searchConference", joinCode: "RTWXY7", ownerId: owner.id } })).id;
  phaseIds.future = (await db.phase.create({ data: { workshopId, position: 0, kind: "futureImage", title: "Fremtidsbilde", prompt: "" } })).id;
  phaseIds.obstacles = (await db.phase.create({ data: { workshopId, position: 1, kind: "obstacles", title: "Hindringer", prompt: "" } })).id;
  plenaryId = (await db.board.create({ data: { workshopId, title: "Plenum" } })).id;
  for (const index of tables.keys()) await seedTable(index);

  // Gather to plenary, rank the gathered areas there (as a revealed vote would), send the top
  // three back to the tables: every note in an area now has one or two copies.
  const socket = await facilitatorSocket();
  expect(await socket.emitWithAck("boards:gatherToPlenary", {})).toMatchObject({ ok: true, copied: 6 });
  plenaryClient = connectBoard(server.url, plenaryId, lead.sessionToken);
  await synced(plenaryClient);
  const areas = readBoard(plenaryClient.doc).focusAreas;
  setFocusAreaRanks(plenaryClient.doc, areas.map((a, i) => ({ id: a.id, rank: i + 1 })));
  for (let tries = 0; ; tries++) {
    const stored = readBoard(await storedBoardDoc(db, plenaryId)).focusAreas;
    if (stored.every((a) => a.rank !== null)) break;
    if (tries > 200) throw new Error("ranks not stored");
    await new Promise((r) => setTimeout(r, 25));
  }
  expect(await socket.emitWithAck("boards:sendTopAreasToTables", { count: 3, mode: "spread" })).toMatchObject({ ok: true, copied: 3 });
  socket.disconnect();
}, 60_000);

afterAll(async () => {
  plenaryClient?.destroy();
  await db?.$disconnect();
  await server?.stop();
});

describe("the report after gathering and sending back", () => {
  it("the boards really hold copies (the situation the report must see through)", async () => {
    const plenary = readBoard(await storedBoardDoc(db, plenaryId));
    expect(plenary.notes.length).toBeGreaterThan(10);
    expect(plenary.notes.every((n) => n.origin !== null && n.phaseId !== null)).toBe(true);
  });

  it("Word: each table's count is what it wrote, every note once, grouped by phase", async () => {
    const xml = await docxXml(await file("docx"));
    const text = docxText(xml);
    const counts = docxTables(xml).find((table) => table[0][0] === "Tavle" && table[0][1] === "Lapper skrevet her");
    expect(counts).toBeDefined();
    expect(Object.fromEntries(counts!.slice(1).map(([board, count]) => [board, Number(count)]))).toEqual({ Plenum: 0, "Bord 1": 13, "Bord 2": 7, "Bord 3": 5 });

    for (const note of written.keys()) expect(occurrences(text, note), note).toBe(1);

    // Phase by phase: each note stands after its phase's heading and before the next phase's.
    const lines = text.split("\n");
    // (The table of contents repeats the headings: start from the section's own count table.)
    const future = lines.indexOf("Fremtidsbilde", lines.indexOf("Lapper skrevet her"));
    const obstacles = lines.indexOf("Hindringer", future);
    expect(future).toBeGreaterThan(0);
    expect(obstacles).toBeGreaterThan(future);
    for (const [note, { phase }] of written) {
      const at = lines.findIndex((line) => line.startsWith(note));
      if (phase === "future") expect(at > future && at < obstacles, note).toBe(true);
      else expect(at, note).toBeGreaterThan(obstacles);
    }
    // A copied note says where it went: every note in an area went at least to plenary.
    const inArea = lines.find((line) => line.startsWith(noteText(1, 1)));
    expect(inArea).toMatch(/→ videre til Plenum/);
  });

  it("spreadsheet: one row per note, with its phase, its board and where it went", async () => {
    const ws = (await workbook(await file("xlsx"))).worksheets[0];
    const texts = column(ws, "Lapp").map(String);
    expect(texts).toHaveLength(25);
    expect(new Set(texts)).toEqual(new Set(written.keys()));
    const boardsCol = column(ws, "Tavle");
    const phases = column(ws, "Fase");
    const wentTo = column(ws, "Kopiert til");
    texts.forEach((note, i) => {
      const expected = written.get(note)!;
      expect(boardsCol[i], note).toBe(expected.table);
      expect(phases[i], note).toBe(expected.phase === "future" ? "Fremtidsbilde" : "Hindringer");
    });
    // One note from each table's top area went to plenary and on to a table; unsorted ones nowhere.
    const unsorted = texts.indexOf(noteText(2, 4));
    expect(wentTo[unsorted] ?? null).toBeNull();
    expect(wentTo.filter((w) => typeof w === "string" && /Plenum, Bord \d/.test(w)).length).toBeGreaterThan(0);
  });

  it("CSV: one row per note", async () => {
    const csv = (await file("csv", "?sheet=notes")).toString("utf8");
    const rows = parseCsv(csv, ";");
    const textCol = rows[0].indexOf("Lapp");
    expect(rows.slice(1).filter((r) => r.length > 1)).toHaveLength(25);
    for (const note of written.keys()) expect(occurrences(csv, note), note).toBe(1);
    expect(new Set(rows.slice(1).map((r) => r[textCol]))).toEqual(new Set(written.keys()));
  });
});
