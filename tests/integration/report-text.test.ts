// What participants type, read back from every file that carries it. Text that a spreadsheet
// would run (= + - @ TAB CR at the start) and text with the other separator inside (";") goes
// through every CSV route, each read back split on "," and on ";" as Excel does by locale, and
// through the spreadsheet, whose cells must equal what was typed. Emoji, æøå, Sámi letters and
// text starting with a tab or CR must all be in the PDF (pdftotext) and the Word report.
import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addAction, addActionChain, addNote, createFocusArea } from "@/lib/board";
import { createDb, type Db } from "@/server/platform/db/client";
import { signUpAndIn, type SignedIn } from "../helpers/auth";
import { startServer, type RunningServer } from "../helpers/server";
import { docxText, docxXml, againOnReset, parseCsv, pdfText, workbook } from "./readBack";

let server: RunningServer;
let db: Db;
let organiser: SignedIn;
let workshopId: string;
let roundId: string;

const formulaStart = /^[=+\-@\t\r]/;
const area = '=HYPERLINK("http://evil.example","klikk")';
const organisations = ["-Malvik kommune", "@Frivilligsentralen", "+47 Melhus kommune", "Trondheim kommune"];
const names = ["=Kari;Nordmann", "@Ola", "Per Olsen", "Åse Ødegård"];
const risky = ["=1+1;-2", "+47 99 88 77 66", "-Malvik vil ha bedre rutiner", "@Frivilligsentralen stiller", "\tInnrykket lapp", "\rLapp som starter med CR", "Kostnad;=2*3", "Sitat \"med\" anførsel, komma; og semikolon"];
const friendly = ["Trygg bolig 🏠 for alle 😀", "Tøffe tider: æøå ÆØÅ", "Flagget 🇳🇴 og hjertet ❤️", "Sámi: Porsáŋgu Unjárga čđŋšŧž", "Familie 👨‍👩‍👧 på tur", "Pil → og hake ✓", "Кириллица и Ελληνικά"];
const action = "@SUM(A1:A9) før jul";

beforeAll(async () => {
  server = await startServer();
  db = createDb(server.databaseUrl);
  organiser = await signUpAndIn(server.url, { name: "Arrangør", email: "tekst@example.no", password: "et langt passord 123" });
  const owner = await db.user.findUniqueOrThrow({ where: { email: "tekst@example.no" } });
  const workshop = await db.workshop.create({ data: { title: "Tekst 🌍 Trøndelag", method: "searchConference", joinCode: randomBytes(4).toString("hex").toUpperCase(), ownerId: owner.id } });
  workshopId = workshop.id;
  await db.workshopOrganisation.createMany({ data: organisations.map((name, position) => ({ workshopId, name, sector: "kommune", position })) });
  const people: { id: string; displayName: string; organisation: string }[] = [];
  for (const [i, displayName] of names.entries()) people.push(await db.participant.create({ data: { workshopId, displayName, organisation: organisations[i], sector: "kommune", secret: randomBytes(8).toString("hex") } }));
  const board = await db.board.create({ data: { workshopId, title: "Plenum" } });
  const doc = new Y.Doc();
  const areaId = createFocusArea(doc, { title: area, x: 0, y: 0 });
  const other = createFocusArea(doc, { title: "Felles kompetanse", x: 600, y: 0 });
  [...risky, ...friendly].forEach((text, i) => {
    const who = people[i % people.length];
    addNote(doc, { text, x: i * 170, y: 200, authorId: who.id, authorName: who.displayName, authorOrganisation: who.organisation, focusAreaId: i % 2 ? areaId : null });
  });
  const chain = addActionChain(doc, { focusAreaId: areaId, goal: "-Ingen skal vente" });
  addAction(doc, chain, { what: action, responsible: "=Rådgiver", responsibleOrganisation: organisations[0], partners: [organisations[1]] });
  await db.boardUpdate.create({ data: { boardId: board.id, data: new Uint8Array(Y.encodeStateAsUpdate(doc)) } });
  // A revealed named round: its results CSV lists each person's ballot by name and organisation.
  const round = await db.votingRound.create({ data: { workshopId, title: "Prioritering", status: "revealed", budget: 3, maxPerItem: 3, anonymous: false } });
  roundId = round.id;
  const items = await Promise.all([area, "Felles kompetanse"].map((title, position) => db.votingItem.create({ data: { roundId, boardId: board.id, focusAreaId: position === 0 ? areaId : other, title, position, dots: position === 0 ? 8 : 4 } })));
  for (const p of people) {
    await db.ballotItem.create({ data: { roundId, participantId: p.id, itemId: items[0].id, dots: 2 } });
    await db.ballotItem.create({ data: { roundId, participantId: p.id, itemId: items[1].id, dots: 1 } });
  }
});

afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
});

async function file(pathname: string): Promise<Buffer> {
  const res = await againOnReset(`${server.url}${pathname}`, { headers: { cookie: organiser.cookieHeader } });
  expect(res.status, pathname).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

/** Every CSV the project writes: each report sheet and a round's results, with each separator. */
function csvRoutes(): { route: string; separator: ";" | "," }[] {
  const routes: { route: string; separator: ";" | "," }[] = [];
  for (const [name, separator] of [["semicolon", ";"], ["comma", ","]] as const) {
    for (const sheet of ["notes", "focusAreas", "votes", "votesByOrganisation", "chains", "participants"]) routes.push({ route: `/api/workshops/${workshopId}/export/csv?sheet=${sheet}&separator=${name}`, separator });
    routes.push({ route: `/api/workshops/${workshopId}/voting/${roundId}/results?format=csv&separator=${name}`, separator });
  }
  return routes;
}

describe("formula injection", () => {
  it("no CSV cell starts a formula, read with either separator, and each typed text stays one cell", async () => {
    const seen = new Set<string>();
    for (const { route, separator } of csvRoutes()) {
      const text = (await file(route)).toString("utf8");
      expect(text.startsWith("\uFEFF"), route).toBe(true);
      for (const readWith of [";", ","] as const) {
        for (const row of parseCsv(text, readWith)) {
          for (const cell of row) expect(formulaStart.test(cell), `${route} read with "${readWith}": ${JSON.stringify(cell)}`).toBe(false);
        }
      }
      // With its own separator every field comes back whole: the typed text behind one apostrophe.
      for (const cell of parseCsv(text, separator).flat()) seen.add(cell);
    }
    for (const typed of [area, ...organisations.slice(0, 3), ...risky, action, names[0], names[1]]) {
      // The apostrophe goes before a formula start at the beginning and after an embedded separator or line break.
      const inert = (formulaStart.test(typed) ? `'${typed}` : typed).replace(/([;,\r\n])([=+\-@\t\r])/g, "$1'$2");
      expect([...seen].some((cell) => cell === inert || cell.startsWith(`${inert} (`)), `${JSON.stringify(typed)} as one cell`).toBe(true);
    }
    // The default file, as Norwegian Excel opens it (split on ";"): the note is one cell, and the
    // formula after its semicolon is inert even for a reader that does split there.
    const notes = (await file(`/api/workshops/${workshopId}/export/csv?sheet=notes`)).toString("utf8");
    expect(parseCsv(notes, ";").flat()).toContain("Kostnad;'=2*3");
    expect(parseCsv(notes, ";")[0]).toEqual(["Fase", "Tavle", "Satsningsområde", "Lapp", "Farge", "Organisasjon", "Skrevet av", "Skrevet", "Kopiert til"]);
  });

  it("the spreadsheet holds every text exactly as typed, as text, never as a formula", async () => {
    const wb = await workbook(await file(`/api/workshops/${workshopId}/export/xlsx`));
    const cells = new Map<string, ExcelJS.Cell>();
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === "string") cells.set(cell.value, cell);
        }),
      ),
    );
    for (const typed of [area, ...organisations, ...names, ...risky, ...friendly, action, "=Rådgiver", "-Ingen skal vente"]) {
      const cell = cells.get(typed);
      expect(cell, `${JSON.stringify(typed)} in the spreadsheet`).toBeDefined();
      expect(cell!.type).toBe(ExcelJS.ValueType.String);
      // Formula-like text carries the text format too, so editing the cell keeps it text.
      if (formulaStart.test(typed)) expect(cell!.numFmt, JSON.stringify(typed)).toBe("@");
    }
    expect([...cells.keys()].some((v) => v.startsWith("'"))).toBe(false);
  });
});

describe("every character in the documents", () => {
  const folded = (t: string) => t.replace(/\s+/g, " ").trim();

  it("the PDF, read back with pdftotext, has every note's text", async () => {
    const text = pdfText(await file(`/api/workshops/${workshopId}/export/pdf`));
    for (const note of [...friendly, ...risky]) expect(text.includes(folded(note)), `${JSON.stringify(note)} in the PDF`).toBe(true);
    expect(text).toContain("Tekst 🌍 Trøndelag");
    // No code-point stand-ins: the bundled fonts cover all of it.
    expect(text).not.toMatch(/\[U\+[0-9A-F]{4,}\]/);
  });

  it("the Word report has every note's text, a tab as a tab and a CR as a line break", async () => {
    const xml = await docxXml(await file(`/api/workshops/${workshopId}/export/docx`));
    const text = docxText(xml);
    for (const note of [...friendly, ...risky.filter((n) => !/^[\t\r]/.test(n))]) expect(text.includes(note), `${JSON.stringify(note)} in the Word report`).toBe(true);
    expect(xml).toContain('<w:tab/><w:t xml:space="preserve">Innrykket lapp');
    expect(xml).toMatch(/<w:br\/><w:t xml:space="preserve">Lapp som starter med CR/);
    // eslint-disable-next-line no-control-regex
    expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)).toBe(false);
  });
});
