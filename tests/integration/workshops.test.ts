// Preparing a workshop against the real server: the facilitator's HTTP API, what it stores,
// and who may call it. Participants are inserted directly (joining is tested elsewhere).
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readBoard } from "@/lib/board";
import { signParticipantToken } from "@/server/platform/auth/participantToken";
import { createDb, type Db } from "@/server/platform/db/client";
import { BoardPersistence } from "@/server/boards/boardPersistence";
import { tableMetrics } from "@/lib/domain/seating/tableAssignment";
import { startServer, type RunningServer } from "../helpers/server";
import { signUpAndIn, type SignedIn } from "../helpers/auth";

const authSecret = "integration-test-secret-that-is-long-enough-0123456789";
let server: RunningServer;
let db: Db;
let facilitator: SignedIn;
let other: SignedIn;

beforeAll(async () => {
  server = await startServer({ env: { AUTH_SECRET: authSecret, SIGNUP_OPEN: "true" } });
  db = createDb(server.databaseUrl);
  facilitator = await signUpAndIn(server.url, { name: "Fanny Fasilitator", email: "fanny@example.no", password: "et langt og trygt passord" });
  other = await signUpAndIn(server.url, { name: "Otto Annen", email: "otto@example.no", password: "et langt og trygt passord" });
});

afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
});

async function call(method: string, path: string, body?: unknown, who: SignedIn | { cookieHeader: string } | null = facilitator) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...(who ? { cookie: who.cookieHeader } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json().catch(() => null)) as Record<string, any> | null;
  return { status: res.status, json: json ?? {} };
}

const municipalities = ["Trondheim kommune", "Malvik kommune", "Melhus kommune", "Skaun kommune", "Midtre Gauldal kommune", "Orkland kommune"];

async function createSearchConference(title = "Folkehelse 2030") {
  const res = await call("POST", "/api/workshops", {
    title,
    date: "2026-03-12",
    // Ten years: the fixed date above stays inside its retention whenever the suite runs.
    retentionMonths: 120,
    place: "Trondheim",
    organisers: "Trøndelag fylkeskommune",
    language: "nb",
    method: "searchConference",
    organisations: [...municipalities.map((name) => ({ name })), { name: "St. Olavs hospital HF", sector: "helseforetak" }, { name: "Trøndelag fylkeskommune" }],
  });
  expect(res.status).toBe(201);
  return res.json.workshop as { id: string; joinCode: string };
}

async function addParticipants(workshopId: string, people: Array<[string, string, string]>) {
  for (const [displayName, organisation, sector] of people) {
    await db.participant.create({ data: { workshopId, displayName, organisation, sector, secret: crypto.randomBytes(16).toString("hex") } });
  }
}

async function readStoredBoard(boardId: string) {
  const doc = new Y.Doc();
  await new BoardPersistence(db, boardId).load(doc, null);
  return readBoard(doc);
}

describe("creating and editing", () => {
  it("creates a search conference with template phases, organisations with sectors, a join code and a plenary board", async () => {
    const { id, joinCode } = await createSearchConference();
    expect(joinCode).toMatch(/^[ACEFHKMNPRTWXY3479]{6}$/);
    const { json } = await call("GET", `/api/workshops/${id}`);
    const w = json.workshop;
    expect(w.phases.map((p: any) => p.kind)).toEqual(["futureImage", "obstacles", "focusAreas", "prioritising", "actionChains", "summary"]);
    expect(w.phases[0].prompt).toMatch(/fem år fram i tid/);
    expect(w.organisations).toHaveLength(8);
    expect(w.organisations.find((o: any) => o.name === "Malvik kommune").sector).toBe("kommune");
    expect(w.organisations.find((o: any) => o.name === "Trøndelag fylkeskommune").sector).toBe("fylkeskommune");
    expect(w.boards).toHaveLength(1);
    expect(w.boards[0].tableId).toBeNull();
  });

  it("rejects bad input with field codes and stores nothing", async () => {
    const before = await db.workshop.count();
    const res = await call("POST", "/api/workshops", { title: "", language: "sv", method: "brainstorm", date: "12.03.2026" });
    expect(res.status).toBe(400);
    expect(res.json.error).toBe("invalidInput");
    expect(res.json.details.map((d: any) => d.path).sort()).toEqual(["date", "language", "method", "title"]);
    expect(await db.workshop.count()).toBe(before);
  });

  it("edits details, duplicates without participants, archives and deletes", async () => {
    const { id, joinCode } = await createSearchConference("Original");
    await addParticipants(id, [["Kari", "Malvik kommune", "kommune"]]);
    const patched = await call("PATCH", `/api/workshops/${id}`, { title: "Folkehelse i Midt-regionen", place: "Stjørdal", capacity: 80 });
    expect(patched.status).toBe(200);
    expect(patched.json.workshop).toMatchObject({ title: "Folkehelse i Midt-regionen", place: "Stjørdal", capacity: 80 });
    expect((await call("PATCH", `/api/workshops/${id}`, { capacity: -1 })).status).toBe(400);

    const copy = await call("POST", `/api/workshops/${id}/duplicate`);
    expect(copy.status).toBe(201);
    const copyId = copy.json.workshop.id;
    expect(copy.json.workshop.joinCode).not.toBe(joinCode);
    expect(copy.json.workshop.title).toBe("Folkehelse i Midt-regionen (kopi)");
    const detail = (await call("GET", `/api/workshops/${copyId}`)).json.workshop;
    expect(detail.phases).toHaveLength(6);
    expect(detail.organisations).toHaveLength(8);
    expect(detail.participants).toHaveLength(0);
    expect(detail.boards).toHaveLength(1);

    expect((await call("POST", `/api/workshops/${id}/archive`, { archived: true })).json.workshop.status).toBe("archived");
    const list = (await call("GET", "/api/workshops")).json.workshops as Array<{ id: string; status: string }>;
    expect(list.at(-1)?.id).toBe(id);
    expect((await call("POST", `/api/workshops/${id}/archive`, { archived: false })).json.workshop.status).toBe("open");

    expect((await call("DELETE", `/api/workshops/${id}`)).status).toBe(200);
    expect(await db.workshop.count({ where: { id } })).toBe(0);
    expect(await db.participant.count({ where: { workshopId: id } })).toBe(0);
    expect((await call("GET", `/api/workshops/${id}`)).status).toBe(403);
  });

  it("keeps its own retention period, copies it, and refuses a date or period that would have the sweep delete it at once", async () => {
    // Relative to today, so the test means the same next year: a meeting two years ago is past
    // the default 12 months and would be deleted within the hour if it were stored.
    const twoYearsAgo = new Date();
    twoYearsAgo.setUTCFullYear(twoYearsAgo.getUTCFullYear() - 2);
    const oldDate = twoYearsAgo.toISOString().slice(0, 10);
    const body = { title: "Dialogmøte før Samla", date: oldDate, language: "nb", method: "dialogueConference" };

    const refused = await call("POST", "/api/workshops", body);
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({ error: "retentionPassed", details: { count: 12 } });
    expect(await db.workshop.count({ where: { title: body.title } })).toBe(0);

    const kept = await call("POST", "/api/workshops", { ...body, retentionMonths: 60 });
    expect(kept.status).toBe(201);
    const id = kept.json.workshop.id as string;
    expect(await db.workshop.findUniqueOrThrow({ where: { id } })).toMatchObject({ date: oldDate, retentionMonths: 60 });

    // Shortening the period past today, or back to the default, is refused and changes nothing.
    for (const retentionMonths of [1, null]) {
      const shortened = await call("PATCH", `/api/workshops/${id}`, { retentionMonths, place: "Levanger" });
      expect(shortened.status).toBe(409);
      expect(shortened.json.error).toBe("retentionPassed");
    }
    expect(await db.workshop.findUniqueOrThrow({ where: { id } })).toMatchObject({ retentionMonths: 60, place: null });
    const outOfRange = await call("PATCH", `/api/workshops/${id}`, { retentionMonths: 0 });
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.json.details).toEqual([{ path: "retentionMonths", code: "tooSmall" }]);
    expect((await call("PATCH", `/api/workshops/${id}`, { retentionMonths: 121 })).json.details).toEqual([{ path: "retentionMonths", code: "tooLarge" }]);

    // A PATCH that names neither the date nor the period leaves the period alone.
    expect((await call("PATCH", `/api/workshops/${id}`, { place: "Levanger" })).json.workshop).toMatchObject({ place: "Levanger", retentionMonths: 60 });
    const copy = await call("POST", `/api/workshops/${id}/duplicate`);
    expect(copy.status).toBe(201);
    expect(copy.json.workshop).toMatchObject({ date: oldDate, retentionMonths: 60 });

    // Moved to today, the default period is fine again.
    const today = new Date().toISOString().slice(0, 10);
    expect((await call("PATCH", `/api/workshops/${id}`, { date: today, retentionMonths: null })).json.workshop).toMatchObject({ date: today, retentionMonths: null });
  });
});

describe("phases", () => {
  it("adds, moves, updates and removes phases, and refuses edits to a list that changed", async () => {
    const { id } = await createSearchConference();
    let phases = (await call("GET", `/api/workshops/${id}`)).json.workshop.phases as Array<{ id: string; title: string; prompt: string; groupMode: string; timeboxMinutes: number | null }>;
    const ids = () => phases.map((p) => p.id);

    let res = await call("POST", `/api/workshops/${id}/phases`, {
      expectedIds: ids(),
      edits: [{ op: "update", index: 0, patch: { prompt: "Hva er viktig for deg?", timeboxMinutes: 30, groupMode: "mixed" } }],
    });
    expect(res.status).toBe(200);
    phases = res.json.phases;
    expect(phases[0]).toMatchObject({ prompt: "Hva er viktig for deg?", timeboxMinutes: 30, groupMode: "mixed" });

    const firstId = phases[0].id;
    res = await call("POST", `/api/workshops/${id}/phases`, { expectedIds: ids(), edits: [{ op: "move", from: 0, to: 2 }] });
    phases = res.json.phases;
    expect(phases[2].id).toBe(firstId);

    res = await call("POST", `/api/workshops/${id}/phases`, {
      expectedIds: ids(),
      edits: [{ op: "add", index: 0, phase: { kind: "plenary", title: "Velkommen", prompt: "Kort runde rundt bordet", timeboxMinutes: 15, groupMode: "plenary" } }],
    });
    phases = res.json.phases;
    expect(phases).toHaveLength(7);
    expect(phases[0].title).toBe("Velkommen");

    const stale = ids();
    res = await call("POST", `/api/workshops/${id}/phases`, { expectedIds: ids(), edits: [{ op: "remove", index: 6 }] });
    phases = res.json.phases;
    expect(phases).toHaveLength(6);
    expect(phases.map((p: any) => p.title)).not.toContain("Oppsummering");

    const conflict = await call("POST", `/api/workshops/${id}/phases`, { expectedIds: stale, edits: [{ op: "remove", index: 0 }] });
    expect(conflict.status).toBe(409);
    expect(conflict.json.error).toBe("phasesChanged");

    const bad = await call("POST", `/api/workshops/${id}/phases`, { expectedIds: ids(), edits: [{ op: "update", index: 0, patch: { groupMode: "random", timeboxMinutes: 0 } }] });
    expect(bad.status).toBe(400);
    const outOfRange = await call("POST", `/api/workshops/${id}/phases`, { expectedIds: ids(), edits: [{ op: "remove", index: 99 }] });
    expect(outOfRange.json.error).toBe("indexOutOfRange");
    expect(await db.phase.count({ where: { workshopId: id } })).toBe(6);
  });
});

describe("organisations", () => {
  it("replaces the list, guesses sectors, refuses duplicates and unknown sectors", async () => {
    const { id } = await createSearchConference();
    const res = await call("PUT", `/api/workshops/${id}/organisations`, {
      organisations: [{ name: "Frøya kommune" }, { name: "Nasjonalforeningen for folkehelsen" }, { name: "NTNU", sector: "universitet" }],
    });
    expect(res.status).toBe(200);
    expect(res.json.organisations.map((o: any) => [o.name, o.sector])).toEqual([
      ["Frøya kommune", "kommune"],
      ["Nasjonalforeningen for folkehelsen", "frivillighet"],
      ["NTNU", "universitet"],
    ]);
    const dup = await call("PUT", `/api/workshops/${id}/organisations`, { organisations: [{ name: "Frøya kommune" }, { name: "frøya kommune " }] });
    expect(dup.status).toBe(400);
    expect(dup.json.error).toBe("duplicateOrganisation");
    const badSector = await call("PUT", `/api/workshops/${id}/organisations`, { organisations: [{ name: "X", sector: "mafia" }] });
    expect(badSector.status).toBe(400);
    expect(await db.workshopOrganisation.count({ where: { workshopId: id } })).toBe(3);
  });
});

describe("tables", () => {
  const people: Array<[string, string, string]> = [];
  const orgs: Array<[string, string, number]> = [
    ["Trondheim kommune", "kommune", 6],
    ["Malvik kommune", "kommune", 3],
    ["Melhus kommune", "kommune", 2],
    ["St. Olavs hospital HF", "helseforetak", 4],
    ["Trøndelag fylkeskommune", "fylkeskommune", 3],
    ["Frivilligsentralen", "frivillighet", 2],
  ];
  for (const [org, sector, n] of orgs) for (let i = 0; i < n; i++) people.push([`${org} ${i + 1}`, org, sector]);

  it("seats everyone at evenly mixed tables, each with its own board, and re-seating keeps boards", async () => {
    const { id } = await createSearchConference();
    await addParticipants(id, people);
    await db.participant.create({ data: { workshopId: id, displayName: "Projektor", organisation: "", role: "observer", secret: "x" } });

    const res = await call("POST", `/api/workshops/${id}/tables`, { op: "assign", mode: "mixed", tableCount: 4 });
    expect(res.status).toBe(200);
    expect(res.json.tableCount).toBe(4);
    const seated = await db.participant.findMany({ where: { workshopId: id, role: "participant" } });
    expect(seated.every((p) => p.tableId)).toBe(true);
    expect((await db.participant.findFirstOrThrow({ where: { workshopId: id, role: "observer" } })).tableId).toBeNull();
    const tables = await db.workshopTable.findMany({ where: { workshopId: id }, orderBy: { position: "asc" }, include: { participants: true, boards: true } });
    expect(tables.map((t) => t.name)).toEqual(["Bord 1", "Bord 2", "Bord 3", "Bord 4"]);
    expect(tables.every((t) => t.boards.length === 1)).toBe(true);
    const metrics = tableMetrics(tables.map((t) => t.participants.map((p) => ({ id: p.id, organisation: p.organisation, sector: p.sector }))));
    expect(metrics.sizeSpread).toBeLessThanOrEqual(1);
    expect(metrics.maxOrganisationSpread).toBeLessThanOrEqual(1);

    // Put content on table 1's board, then re-seat by size 10 (two tables): tables 1-2 keep
    // their boards, table 3-4 had empty boards and go away.
    const board1 = tables[0].boards[0].id;
    await call("POST", `/api/workshops/${id}/findings`, { boardId: board1, format: "lines", text: "Et funn" });
    const bySize = await call("POST", `/api/workshops/${id}/tables`, { op: "assign", mode: "homogeneous", tableSize: 10 });
    expect(bySize.json.tableCount).toBe(2);
    const after = await db.workshopTable.findMany({ where: { workshopId: id }, orderBy: { position: "asc" }, include: { boards: true, participants: true } });
    expect(after.map((t) => t.id)).toEqual([tables[0].id, tables[1].id]);
    expect(after[0].boards[0].id).toBe(board1);
    expect(after.reduce((n, t) => n + t.participants.length, 0)).toBe(people.length);
    expect((await readStoredBoard(board1)).notes.map((n) => n.text)).toEqual(["Et funn"]);
  });

  it("moves one participant by hand, and refuses tables and people of another workshop", async () => {
    const { id } = await createSearchConference();
    await addParticipants(id, people.slice(0, 6));
    await call("POST", `/api/workshops/${id}/tables`, { op: "add" });
    const added = await call("POST", `/api/workshops/${id}/tables`, { op: "add", name: "Hjørnebordet" });
    const tableId = added.json.tables[0].id;
    const person = await db.participant.findFirstOrThrow({ where: { workshopId: id } });
    expect((await call("POST", `/api/workshops/${id}/tables`, { op: "move", participantId: person.id, tableId })).status).toBe(200);
    expect((await db.participant.findUniqueOrThrow({ where: { id: person.id } })).tableId).toBe(tableId);

    const elsewhere = await createSearchConference("Annen samling");
    const foreign = await call("POST", `/api/workshops/${elsewhere.id}/tables`, { op: "move", participantId: person.id, tableId: null });
    expect(foreign.status).toBe(404);
    expect(foreign.json.error).toBe("participantNotFound");
    const noPeople = await call("POST", `/api/workshops/${elsewhere.id}/tables`, { op: "assign", mode: "mixed", tableCount: 2 });
    expect(noPeople.json.error).toBe("noParticipants");
    const both = await call("POST", `/api/workshops/${id}/tables`, { op: "assign", mode: "mixed", tableCount: 2, tableSize: 3 });
    expect(both.status).toBe(400);
  });

  it("renames a table with its board, removes an empty one, and refuses to remove one whose board was written on, changing nothing", async () => {
    const { id } = await createSearchConference();
    await addParticipants(id, people.slice(0, 6));
    await call("POST", `/api/workshops/${id}/tables`, { op: "assign", mode: "mixed", tableCount: 2 });
    const [first, second] = await db.workshopTable.findMany({ where: { workshopId: id }, orderBy: { position: "asc" }, include: { boards: true, participants: true } });

    expect((await call("POST", `/api/workshops/${id}/tables`, { op: "rename", tableId: first.id, name: "Helse og omsorg" })).status).toBe(200);
    expect((await db.board.findUniqueOrThrow({ where: { id: first.boards[0].id } })).title).toBe("Helse og omsorg");
    expect((await call("POST", `/api/workshops/${id}/tables`, { op: "rename", tableId: first.id, name: "  " })).status).toBe(400);

    await call("POST", `/api/workshops/${id}/findings`, { boardId: first.boards[0].id, format: "lines", text: "Fastlegene forsvinner" });
    const refused = await call("POST", `/api/workshops/${id}/tables`, { op: "remove", tableId: first.id });
    expect(refused.json).toMatchObject({ op: "remove", removed: false });
    const kept = await db.workshopTable.findUniqueOrThrow({ where: { id: first.id }, include: { participants: true } });
    expect(kept.participants.map((p) => p.id).sort()).toEqual(first.participants.map((p) => p.id).sort());

    const removed = await call("POST", `/api/workshops/${id}/tables`, { op: "remove", tableId: second.id });
    expect(removed.json).toMatchObject({ op: "remove", removed: true });
    expect(await db.workshopTable.count({ where: { id: second.id } })).toBe(0);
    expect(await db.board.count({ where: { id: second.boards[0].id } })).toBe(0);
    const unseated = await db.participant.findMany({ where: { id: { in: second.participants.map((p) => p.id) } } });
    expect(unseated.length).toBeGreaterThan(0);
    expect(unseated.every((p) => p.tableId === null)).toBe(true);
  });
});

describe("findings", () => {
  it("writes pasted lines and CSV rows as notes on the chosen board", async () => {
    const { id } = await createSearchConference();
    const plenary = (await db.board.findFirstOrThrow({ where: { workshopId: id, tableId: null } })).id;
    const lines = await call("POST", `/api/workshops/${id}/findings`, {
      boardId: plenary,
      format: "lines",
      text: "Ungdom savner møteplasser\n\n  Lang ventetid hos fastlegen  \r\nFå gang- og sykkelveier",
      colour: "green",
    });
    expect(lines.status).toBe(201);
    expect(lines.json.added).toBe(3);

    const csv = [
      "tekst;organisasjon;farge",
      '"Eldre vil bo hjemme lenger; men trenger hjelp";Malvik kommune;blå',
      "Frivilligheten mangler lokaler;Frivilligsentralen;",
      '"Sitat: ""vi ser ikke hverandre""";St. Olavs hospital HF;pink',
    ].join("\n");
    const res = await call("POST", `/api/workshops/${id}/findings`, { boardId: plenary, format: "csv", text: csv });
    expect(res.status).toBe(201);
    expect(res.json.added).toBe(3);

    const board = await readStoredBoard(plenary);
    const byText = new Map(board.notes.map((n) => [n.text, n]));
    expect(board.notes).toHaveLength(6);
    expect(byText.get("Lang ventetid hos fastlegen")?.colour).toBe("green");
    expect(byText.get("Eldre vil bo hjemme lenger; men trenger hjelp")).toMatchObject({ authorOrganisation: "Malvik kommune", colour: "blue" });
    expect(byText.get('Sitat: "vi ser ikke hverandre"')).toMatchObject({ colour: "pink" });
    expect(byText.get("Frivilligheten mangler lokaler")?.colour).toBe("yellow");
    // Laid out without overlaps.
    const spots = new Set(board.notes.map((n) => `${n.x},${n.y}`));
    expect(spots.size).toBe(6);
  });

  it("refuses bad CSV, too many lines, too long notes and foreign boards, and writes nothing", async () => {
    const { id } = await createSearchConference();
    const plenary = (await db.board.findFirstOrThrow({ where: { workshopId: id, tableId: null } })).id;
    const post = (body: object) => call("POST", `/api/workshops/${id}/findings`, { boardId: plenary, ...body });

    const unknownColour = await post({ format: "csv", text: "text,colour\nEn lapp,gul\nTo lapper,turkis" });
    expect(unknownColour.status).toBe(400);
    expect(unknownColour.json).toMatchObject({ error: "unknownColour", details: { line: 3, value: "turkis" } });
    const unclosed = await post({ format: "csv", text: 'text\n"Åpent sitat uten slutt' });
    expect(unclosed.json.error).toBe("unclosedQuote");
    const tooMany = await post({ format: "lines", text: Array.from({ length: 2001 }, (_, i) => `Lapp ${i}`).join("\n") });
    expect(tooMany.json).toMatchObject({ error: "tooManyLines", details: { count: 2001, max: 2000 } });
    const tooLong = await post({ format: "lines", text: `kort\n${"x".repeat(501)}` });
    expect(tooLong.json).toMatchObject({ error: "noteTooLong", details: { line: 2 } });
    expect((await post({ format: "lines", text: " \n \n" })).json.error).toBe("empty");
    expect((await post({ format: "xlsx", text: "a" })).json.error).toBe("invalidInput");

    const elsewhere = await createSearchConference("Annen");
    const foreign = await call("POST", `/api/workshops/${elsewhere.id}/findings`, { boardId: plenary, format: "lines", text: "Snike inn" });
    expect(foreign.status).toBe(404);
    expect(foreign.json.error).toBe("boardNotFound");

    expect((await readStoredBoard(plenary)).notes).toHaveLength(0);
    const exactly = await post({ format: "lines", text: Array.from({ length: 2000 }, (_, i) => `Lapp ${i}`).join("\n") });
    expect(exactly.json.added).toBe(2000);
  });
});

describe("authorisation", () => {
  it("refuses anonymous callers, other facilitators and participants on facilitator routes", async () => {
    const { id } = await createSearchConference();
    const participant = await db.participant.create({ data: { workshopId: id, displayName: "Pia", organisation: "Malvik kommune", secret: "s3cr3t" } });
    const token = signParticipantToken(authSecret, participant.id, participant.secret);
    const asParticipant = { cookieHeader: `samla_p_${id}=${encodeURIComponent(token)}` };
    const bearer = (path: string, method: string, body?: unknown) =>
      fetch(`${server.url}${path}`, { method, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined });

    expect((await call("GET", "/api/workshops", undefined, null)).status).toBe(401);
    expect((await call("POST", "/api/workshops", { title: "x", language: "nb", method: "free" }, null)).status).toBe(401);
    expect((await call("GET", `/api/workshops/${id}`, undefined, other)).status).toBe(403);
    expect((await call("DELETE", `/api/workshops/${id}`, undefined, other)).status).toBe(403);
    expect((await bearer(`/api/workshops/${id}`, "PATCH", { title: "Kapret" })).status).toBe(403);
    expect((await bearer(`/api/workshops/${id}/tables`, "POST", { op: "add" })).status).toBe(403);
    expect((await bearer(`/api/workshops/${id}/findings`, "POST", { boardId: "x", format: "lines", text: "x" })).status).toBe(403);
    expect((await bearer(`/api/workshops/${id}/phases`, "POST", { expectedIds: [], edits: [{ op: "remove", index: 0 }] })).status).toBe(403);
    expect((await call("DELETE", `/api/workshops/${id}`, undefined, asParticipant)).status).not.toBe(200);
    expect((await db.workshop.findUniqueOrThrow({ where: { id } })).title).toBe("Folkehelse 2030");
  });
});
