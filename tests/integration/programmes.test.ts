// Programmes against the real server and database (SQLite, and PostgreSQL where installed):
// an organiser groups two workshops in different municipalities, the second a copy of the
// first's set-up with its own date, place and code; one focus area is named alike in both and
// one is linked by hand; the programme report is downloaded and read back with independent
// readers (exceljs, the DOCX's XML, pdftotext). Board content of the second workshop is
// written by a real y-websocket client through the server; its votes are rows as a closed
// round leaves them. Anonymity: the second workshop is anonymous with K = 3, and the
// programme report must show exactly its own report's breakdown rows and no small group.
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { addAction, addActionChain, createFocusArea, readBoard } from "@/lib/board";
import { connectBoard, synced, type BoardClient } from "@/bench/lib/clients";
import { signParticipantToken } from "@/server/platform/auth/participantToken";
import { createDb, type Db } from "@/server/platform/db/client";
import { signUpAndIn, type SignedIn } from "../helpers/auth";
import { requirePostgresInCi, startPostgres, type TestPostgres } from "../helpers/postgres";
import { startServer, type RunningServer } from "../helpers/server";
import { seedExportWorkshop } from "./exportFixture";
import { againOnReset, column, docxText, docxXml, pdfText, workbook } from "./readBack";

const authSecret = "programmes-test-secret-0123456789abcdef-long";
const cleanups: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function scenario(databaseUrl?: string) {
  const server: RunningServer = await startServer({ databaseUrl, env: { AUTH_SECRET: authSecret, SIGNUP_OPEN: "true" } });
  const db: Db = createDb(server.databaseUrl);
  cleanups.push(() => db.$disconnect(), () => server.stop());
  const call = async (who: SignedIn | null, method: string, path: string, body?: unknown) => {
    const res = await againOnReset(`${server.url}${path}`, {
      method,
      headers: { ...(who ? { cookie: who.cookieHeader } : {}), ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return res;
  };
  const json = async (who: SignedIn | null, method: string, path: string, body?: unknown, status = 200) => {
    const res = await call(who, method, path, body);
    const text = await res.text();
    expect(res.status, text).toBe(status);
    return JSON.parse(text);
  };
  const file = async (who: SignedIn, path: string) => {
    const res = await call(who, "GET", path);
    expect(res.status, res.status === 200 ? "" : await res.clone().text()).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };

  const organiser = await signUpAndIn(server.url, { name: "Organisator", email: "org@fosen.no", password: "et langt passord for arrangøren" });
  const facilitator = await signUpAndIn(server.url, { name: "Fasilitator", email: "fasilitator@fosen.no", password: "et langt passord for prosesslederen" });
  const owner = await db.user.findUniqueOrThrow({ where: { email: "org@fosen.no" } });

  // Workshop A: a finished search conference (areas, a revealed round, two chains), plus findings.
  const a = await seedExportWorkshop(db, { ownerId: owner.id, title: "Dialogmøte Frosta" });
  await json(organiser, "POST", `/api/workshops/${a.workshopId}/findings`, { boardId: a.plenaryBoardId, format: "lines", text: "Tiltak som startes er sårbare\nMangler systematisk erfaringsoverføring" }, 201);

  const { programme } = await json(organiser, "POST", "/api/programmes", { title: "Folkehelse på Fosen", language: "nb" }, 201);
  const base = `/api/programmes/${programme.id}`;
  await json(organiser, "POST", `${base}/workshops`, { from: "existing", workshopId: a.workshopId }, 201);

  // Workshop B: a copy of A's set-up with its own date, place and code.
  const { workshop: b } = await json(organiser, "POST", `${base}/workshops`, { from: "copy", fromWorkshopId: a.workshopId, title: "Dialogmøte Leksvik", date: "2026-04-20", place: "Leksvik samfunnshus" }, 201);
  const detail = (id: string) => db.workshop.findUniqueOrThrow({ where: { id }, include: { phases: { orderBy: { position: "asc" } }, organisations: { orderBy: { position: "asc" } } } });
  const [da, db2] = [await detail(a.workshopId), await detail(b.id)];
  expect(db2).toMatchObject({ title: "Dialogmøte Leksvik", date: "2026-04-20", place: "Leksvik samfunnshus", programmeId: programme.id, method: da.method });
  expect(db2.joinCode).not.toBe(da.joinCode);
  expect(db2.phases.map((p) => [p.kind, p.title, p.prompt])).toEqual(da.phases.map((p) => [p.kind, p.title, p.prompt]));
  expect(db2.organisations.map((o) => [o.name, o.sector])).toEqual(da.organisations.map((o) => [o.name, o.sector]));

  // B is anonymous with K = 3. Its participants write through the server: one area named like
  // A's first one (differently cased and punctuated), one named differently from A's second.
  await json(organiser, "PATCH", `/api/workshops/${b.id}`, { anonymous: true, minGroupSize: 3 });
  const plenary = await db.board.findFirstOrThrow({ where: { workshopId: b.id, tableId: null } });
  const people = [];
  for (const [i, organisation] of ["Indre Fosen kommune", "Indre Fosen kommune", "Indre Fosen kommune", "Indre Fosen kommune", "Osen kommune"].entries()) {
    const secret = randomBytes(12).toString("hex");
    const row = await db.participant.create({ data: { workshopId: b.id, displayName: `Leksvikdeltaker${i}`, organisation, sector: "kommune", secret } });
    people.push({ ...row, token: signParticipantToken(authSecret, row.id, secret) });
  }
  const client: BoardClient = connectBoard(server.url, plenary.id, people[0].token);
  cleanups.push(async () => client.destroy());
  await synced(client);
  // The copy carried A's findings onto B's plenary board.
  expect(readBoard(client.doc).notes.map((n) => n.text).sort()).toEqual(["Mangler systematisk erfaringsoverføring", "Tiltak som startes er sårbare"]);
  const shared = createFocusArea(client.doc, { title: "trygge overganger mellom sykehus og kommune!", x: 0, y: 600 });
  const differently = createFocusArea(client.doc, { title: "Kompetanse på tvers", x: 500, y: 600 });
  const chain = addActionChain(client.doc, { focusAreaId: shared, goal: "Trygg utskrivning i Indre Fosen" });
  addAction(client.doc, chain, { what: "Felles sjekkliste ved utskrivning", responsible: "Enhetsleder", responsibleOrganisation: "Indre Fosen kommune", deadline: "2026-10-01", status: "done" });
  // On the server before the report is asked for: the findings' row plus at least one of ours.
  for (let waited = 0; (await db.boardUpdate.count({ where: { boardId: plenary.id } })) < 2; waited += 20) {
    if (waited > 10_000) throw new Error("the client's edits were not stored");
    await new Promise((r) => setTimeout(r, 20));
  }

  const round = await db.votingRound.create({ data: { workshopId: b.id, title: "Prioritering Leksvik", status: "revealed", budget: 5, maxPerItem: 5, anonymous: true } });
  const items = await Promise.all(
    [
      [shared, "trygge overganger mellom sykehus og kommune!"],
      [differently, "Kompetanse på tvers"],
    ].map(([focusAreaId, title], position) => db.votingItem.create({ data: { roundId: round.id, boardId: plenary.id, focusAreaId, title, position } })),
  );
  // Four from Indre Fosen give 1 + 4; the one from Osen (alone: below K) gives 5 to the second.
  const ballots = people.flatMap((p, i) => (i < 4 ? [[p.id, items[0].id, 1], [p.id, items[1].id, 4]] : [[p.id, items[1].id, 5]])) as [string, string, number][];
  for (const [participantId, itemId, dots] of ballots) await db.ballotItem.create({ data: { roundId: round.id, participantId, itemId, dots } });
  await db.votingItem.update({ where: { id: items[0].id }, data: { dots: 4 } });
  await db.votingItem.update({ where: { id: items[1].id }, data: { dots: 21 } });

  // The matching screen: the alike-named area is one already; "Kompetanse på tvers" is suggested or linked by hand.
  const before = await json(organiser, "GET", `${base}/areas`);
  const overganger = before.areas.find((x: { key: string }) => x.key === "trygge overganger mellom sykehus og kommune");
  expect(overganger.members.map((m: { workshopId: string }) => m.workshopId).sort()).toEqual([a.workshopId, b.id].sort());
  await json(organiser, "POST", `${base}/areas`, { workshopId: b.id, areaTitle: "Kompetanse på tvers", targetTitle: "Felles kompetanseløft" }, 201);
  const after = await json(organiser, "GET", `${base}/areas`);
  const kompetanse = after.areas.find((x: { key: string }) => x.key === "felles kompetanseløft");
  expect(kompetanse.members).toEqual(expect.arrayContaining([expect.objectContaining({ workshopId: b.id, title: "Kompetanse på tvers", linked: true })]));

  // The spreadsheet: both workshops' ranks for the shared and the linked area, every chain with its status.
  const book = await workbook(await file(organiser, `${base}/export/xlsx`));
  const areas = book.getWorksheet("Satsningsområder")!;
  const rows = areas.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1, 8));
  expect(rows).toEqual(
    expect.arrayContaining([
      ["Trygge overganger mellom sykehus og kommune", "Dialogmøte Frosta", "Trygge overganger mellom sykehus og kommune", 1, "nei", 42, expect.any(Number)],
      ["Trygge overganger mellom sykehus og kommune", "Dialogmøte Leksvik", "trygge overganger mellom sykehus og kommune!", 2, "nei", 4, expect.any(Number)],
      ["Felles kompetanseløft", "Dialogmøte Leksvik", "Kompetanse på tvers", 1, "nei", 21, expect.any(Number)],
    ]),
  );
  expect(rows.find((r) => r[0] === "Felles kompetanseløft" && r[1] === "Dialogmøte Frosta")?.[3]).toEqual(expect.any(Number));
  const chains = book.getWorksheet("Tiltakskjeder")!;
  expect(column(chains, "Tiltak")).toEqual(expect.arrayContaining([...a.actionTitles, "Felles sjekkliste ved utskrivning"]));
  const statusOf = (what: string) => chains.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1)).find((r) => r[5] === what)?.[9];
  expect(statusOf("Felles sjekkliste ved utskrivning")).toBe("Ferdig");
  expect(statusOf(a.actionTitles[0])).toBe("Startet");
  expect(column(book.getWorksheet("Funn")!, "Funn").sort()).toEqual(["Mangler systematisk erfaringsoverføring", "Mangler systematisk erfaringsoverføring", "Tiltak som startes er sårbare", "Tiltak som startes er sårbare"]);

  // Suppression across the programme: B's rows are exactly the rows B's own report shows.
  const byOrganisation = book.getWorksheet("Per organisasjon")!;
  const programmeRows = byOrganisation.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
  const ownBook = await workbook(await file(organiser, `/api/workshops/${b.id}/export/xlsx`));
  const ownRows = ownBook.getWorksheet("Stemmer per organisasjon")!.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
  const bRows = programmeRows.filter((r) => r[1] === "Dialogmøte Leksvik").map((r) => [r[2], r[3]]);
  const ownGroups = [...new Set(ownRows.map((r) => `${r[1]}|${r[2]}`))];
  expect([...new Set(bRows.map((r) => `${r[0]}|${r[1]}`))].sort()).toEqual(ownGroups.sort());
  const everything = JSON.stringify(book.worksheets.map((ws) => ws.getSheetValues()));
  expect(everything).not.toContain("Osen kommune");
  expect(everything).not.toContain("Leksvikdeltaker");

  // Word and PDF carry the same report.
  const docx = docxText(await docxXml(await file(organiser, `${base}/export/docx`)));
  for (const text of ["Folkehelse på Fosen", "Dialogmøte Frosta", "Dialogmøte Leksvik", "Trygge overganger mellom sykehus og kommune", "Felles sjekkliste ved utskrivning", "Enhetsleder, Indre Fosen kommune", "Tiltak som startes er sårbare"]) {
    expect(docx.includes(text), text).toBe(true);
  }
  expect(docx.includes("Osen kommune\n")).toBe(false);
  const pdf = pdfText(await file(organiser, `${base}/export/pdf`));
  expect(pdf).toContain("Folkehelse på Fosen");
  expect(pdf).toContain("Dialogmøte Leksvik");

  // Who sees what: not a member → as if it did not exist; a facilitator member sees the
  // programme, its report and its workshops, but cannot change the programme.
  await json(facilitator, "GET", base, undefined, 404);
  expect((await call(facilitator, "GET", `${base}/export/xlsx`)).status).toBe(404);
  expect((await call(facilitator, "GET", `/api/workshops/${b.id}`)).status).toBe(403);
  await json(organiser, "POST", `${base}/members`, { email: "fasilitator@fosen.no", role: "facilitator" }, 201);
  const seen = await json(facilitator, "GET", base);
  expect(seen.access).toBe("facilitator");
  expect(seen.programme.workshops.map((w: { title: string }) => w.title)).toEqual(["Dialogmøte Frosta", "Dialogmøte Leksvik"]);
  expect((await call(facilitator, "GET", `/api/workshops/${b.id}`)).status).toBe(200);
  expect((await json(facilitator, "GET", "/api/programmes")).programmes.map((p: { title: string }) => p.title)).toEqual(["Folkehelse på Fosen"]);
  await json(facilitator, "POST", `${base}/workshops`, { from: "template", method: "free", title: "Ikke lov" }, 403);
  // Bad input is refused with the field named, and nothing is created.
  const refused = await json(organiser, "POST", `${base}/workshops`, { from: "copy", fromWorkshopId: a.workshopId, title: "", date: "2026-13-45" }, 400);
  expect(refused.details.map((d: { path: string }) => d.path).sort()).toEqual(["date", "title"]);
  expect(await db.workshop.count({ where: { programmeId: programme.id } })).toBe(2);
}

describe("programmes on SQLite", () => {
  it("copies a workshop's set-up, matches areas by name and by link, and reports across both with suppression intact", async () => {
    await scenario();
  }, 120_000);
});

describe.runIf(requirePostgresInCi())("programmes on PostgreSQL", () => {
  it("does the same on PostgreSQL", async () => {
    const postgres: TestPostgres = await startPostgres();
    cleanups.push(() => postgres.stop());
    await scenario(await postgres.createDatabase("samla_programmes"));
  }, 120_000);
});
