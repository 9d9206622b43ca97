// Retention and forgetting against the real server, on SQLite and on PostgreSQL.
//
// A workshop past its retention is gone, at the server's next sweep (it runs at start), with
// all its rows in every table: every table of the database is counted before the workshop was
// made and after it was deleted, and the counts must match exactly. Deleting a workshop by hand
// (DELETE /api/workshops/<id>) removes the same. A forgotten participant's name is gone from the
// participant row, the notes, the stored board log (the raw bytes) and the exports, while every
// vote total stays exactly what it was.
import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addAction, addActionChain, createFocusArea, readBoard } from "@/lib/board";
import { createDb, type Db } from "@/server/platform/db/client";
import { storedBoardDoc } from "../helpers/boards";
import { signUpAndIn, type SignedIn } from "../helpers/auth";
import { requirePostgresInCi, startPostgres, type TestPostgres } from "../helpers/postgres";
import { startServer, type RunningServer } from "../helpers/server";
import { seedExportWorkshop } from "./exportFixture";
import { docxText, docxXml } from "./readBack";

const authSecret = "retention-test-secret-0123456789abcdefgh";
const env = { AUTH_SECRET: authSecret, SIGNUP_OPEN: "true" };
const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

type Counts = Record<string, number>;

/** Rows in every table of the database (Prisma's own bookkeeping aside). */
async function countEveryTable(db: Db, flavour: "sqlite" | "postgresql"): Promise<Counts> {
  const tables =
    flavour === "sqlite"
      ? await db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'")
      : await db.$queryRawUnsafe<{ name: string }[]>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'");
  const counts: Counts = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT COUNT(*) AS n FROM "${name}"`);
    counts[name] = Number(row.n);
  }
  return counts;
}

async function get(server: RunningServer, who: SignedIn, path: string): Promise<Response> {
  return fetch(`${server.url}${path}`, { headers: { cookie: who.cookieHeader } });
}

async function exportsText(server: RunningServer, who: SignedIn, workshopId: string): Promise<string> {
  const docx = Buffer.from(await (await get(server, who, `/api/workshops/${workshopId}/export/docx`)).arrayBuffer());
  const csvs = [];
  for (const sheet of ["notes", "participants", "votes", "votesByOrganisation"]) csvs.push(await (await get(server, who, `/api/workshops/${workshopId}/export/csv?sheet=${sheet}`)).text());
  return [docxText(await docxXml(docx)), ...csvs].join("\n");
}

async function voteTotals(db: Db, workshopId: string) {
  const items = await db.votingItem.findMany({ where: { round: { workshopId } }, include: { ballotItems: true }, orderBy: { id: "asc" } });
  return items.map((i) => ({ id: i.id, dots: i.dots, ballots: i.ballotItems.reduce((sum, b) => sum + b.dots, 0), voters: i.ballotItems.length }));
}

async function scenario(flavour: "sqlite" | "postgresql", databaseUrl?: string) {
  let server = await startServer({ env, databaseUrl });
  cleanups.push(() => server.stop());
  let db = createDb(server.databaseUrl);
  cleanups.push(() => db.$disconnect());
  const facilitator = await signUpAndIn(server.url, { name: "Ragnhild Rydd", email: `ragnhild-${flavour}@example.no`, password: "et langt og trygt passord" });
  const owner = await db.user.findUniqueOrThrow({ where: { email: `ragnhild-${flavour}@example.no` } });
  const empty = await countEveryTable(db, flavour);

  // A workshop that is kept (default retention: 12 months after 2026-03-12, still ahead).
  const kept = await seedExportWorkshop(db, { ownerId: owner.id, title: "Beholdes" });
  const withKept = await countEveryTable(db, flavour);
  // A workshop whose own retention (1 month after 2026-03-12) has run out.
  const expired = await seedExportWorkshop(db, { ownerId: owner.id, title: "Utløpt" });
  await db.workshop.update({ where: { id: expired.workshopId }, data: { retentionMonths: 1 } });
  const withBoth = await countEveryTable(db, flavour);
  for (const table of ["Participant", "Board", "BoardUpdate", "VotingRound", "VotingItem", "BallotItem", "Phase", "WorkshopTable", "WorkshopOrganisation"]) {
    expect(withBoth[table], table).toBeGreaterThan(withKept[table]);
  }

  // The admin page says what goes when.
  const admin = await (await get(server, facilitator, "/admin")).text();
  expect(admin).toContain("Utløpt");
  expect(admin).toContain("Beholdes");

  // The sweep runs at start: restart on the same database (whose migration step wants a
  // SQLite file to itself, so this test's connection closes meanwhile).
  await server.stop();
  await db.$disconnect();
  server = await startServer({ env, databaseUrl: server.databaseUrl, dataDir: server.dataDir });
  db = createDb(server.databaseUrl);
  expect(await db.workshop.findUnique({ where: { id: expired.workshopId } })).toBeNull();
  expect(await countEveryTable(db, flavour)).toEqual(withKept);

  // Forgetting a participant of the kept workshop.
  const name = kept.participantNames[0];
  const participant = await db.participant.findFirstOrThrow({ where: { workshopId: kept.workshopId, displayName: name } });
  const totalsBefore = await voteTotals(db, kept.workshopId);
  const votesSheetBefore = await (await get(server, facilitator, `/api/workshops/${kept.workshopId}/export/csv?sheet=votes`)).text();
  expect(await exportsText(server, facilitator, kept.workshopId)).toContain(name);
  // They were also made owner and partner of an action after the meeting.
  const board = await db.board.findFirstOrThrow({ where: { workshopId: kept.workshopId, ownerParticipantId: null } });
  const extra = new Y.Doc();
  const chain = addActionChain(extra, { focusAreaId: createFocusArea(extra, { title: "Videre arbeid", x: 0, y: 0 }), goal: "Følge opp tiltakene" });
  addAction(extra, chain, { what: "Innkalle til nytt møte", responsible: name, partners: [name, "Kommunalsjef helse"] });
  await db.boardUpdate.create({ data: { boardId: board.id, data: new Uint8Array(Y.encodeStateAsUpdate(extra)) } });
  expect(await exportsText(server, facilitator, kept.workshopId)).toContain("Innkalle til nytt møte");
  const boardBytes = async () => Buffer.concat((await db.boardUpdate.findMany({ where: { board: { workshopId: kept.workshopId } } })).map((r) => Buffer.from(r.data)));
  expect((await boardBytes()).includes(name)).toBe(true);

  const forgot = await fetch(`${server.url}/api/workshops/${kept.workshopId}/participants/${participant.id}/forget`, { method: "POST", headers: { cookie: facilitator.cookieHeader } });
  expect(forgot.status, await forgot.clone().text()).toBe(200);
  const forgotten = (await forgot.json()) as { notes: number; actions: number };
  expect(forgotten.notes).toBeGreaterThan(0);
  expect(forgotten.actions).toBe(1);

  expect((await boardBytes()).includes(name)).toBe(false);
  expect(await exportsText(server, facilitator, kept.workshopId)).not.toContain(name);
  const action = readBoard(await storedBoardDoc(db, board.id)).chains.flatMap((c) => c.actions).find((a) => a.what === "Innkalle til nytt møte");
  expect(action).toMatchObject({ responsible: "", partners: ["Kommunalsjef helse"] });
  const row = await db.participant.findUniqueOrThrow({ where: { id: participant.id } });
  expect(row.displayName).toBe("");
  expect(row.forgottenAt).not.toBeNull();
  expect(await voteTotals(db, kept.workshopId)).toEqual(totalsBefore);
  expect(await (await get(server, facilitator, `/api/workshops/${kept.workshopId}/export/csv?sheet=votes`)).text()).toEqual(votesSheetBefore);
  // The other participants keep their names.
  expect(await exportsText(server, facilitator, kept.workshopId)).toContain(kept.participantNames[1]);

  // Deleting by hand removes the same: back to the empty database's counts.
  const deleted = await fetch(`${server.url}/api/workshops/${kept.workshopId}`, { method: "DELETE", headers: { cookie: facilitator.cookieHeader } });
  expect(deleted.status).toBe(200);
  expect(await countEveryTable(db, flavour)).toEqual(empty);
}

describe("retention and forgetting", () => {
  it("on SQLite", { timeout: 180_000 }, async () => {
    await scenario("sqlite");
  });

  const postgres = requirePostgresInCi();
  it.runIf(postgres)("on PostgreSQL", { timeout: 180_000 }, async () => {
    const pg: TestPostgres = await startPostgres();
    cleanups.push(() => pg.stop());
    await scenario("postgresql", await pg.createDatabase("samla_retention"));
  });
});
