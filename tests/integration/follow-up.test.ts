// Follow-up over HTTP on the real server, on SQLite and PostgreSQL: the organiser's overview
// makes a link per owned action; the owner's token (and nothing else) opens the action and
// takes updates, each kept as its own row; bad input, forged tokens, a withdrawn link and a
// renewed one answer as documented (docs/follow-up.md); the feeds, read by ical.js, follow the
// deadline with a stable UID and a rising SEQUENCE; a follow-up meeting's first board carries
// the chains with their current status.
import ICAL from "ical.js";
import * as Y from "yjs";
import { afterAll, describe, expect, it } from "vitest";
import { addAction, addActionChain, createFocusArea, readBoard } from "@/lib/board";
import { createDb, type Db } from "@/server/platform/db/client";
import type { FollowUpOverview, OwnerPage } from "@/lib/contract/followUp";
import { requirePostgresInCi, startPostgres, type TestPostgres } from "../helpers/postgres";
import { startServer, type RunningServer } from "../helpers/server";
import { signUpAndIn } from "../helpers/auth";
import { column, workbook } from "./readBack";

const authSecret = "follow-up-secret-that-is-long-enough-0123456789abcdef";
const running: { server?: RunningServer; db?: Db; postgres?: TestPostgres }[] = [];

afterAll(async () => {
  for (const r of running) {
    await r.db?.$disconnect();
    await r.server?.stop();
    await r.postgres?.stop();
  }
});

function events(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, sequence: e.sequence, start: e.startDate.toString(), allDay: e.startDate.isDate };
  });
}

async function followUpOverHttp(databaseUrl: string | undefined, slot: (typeof running)[number]) {
  const server = (slot.server = await startServer({ databaseUrl, env: { AUTH_SECRET: authSecret, SIGNUP_OPEN: "true" } }));
  const db = (slot.db = createDb(databaseUrl ?? server.databaseUrl));
  const organiser = await signUpAndIn(server.url, { name: "Olga", email: "olga@example.no", password: "et langt og trygt passord" });
  const owner = await db.user.findUniqueOrThrow({ where: { email: "olga@example.no" } });
  const workshop = await db.workshop.create({ data: { title: "Dialogmøte Åfjord", date: "2026-11-20", retentionMonths: 120, method: "dialogueConference", joinCode: "FUTEST01", ownerId: owner.id } });
  const board = await db.board.create({ data: { workshopId: workshop.id, title: "Plenum" } });
  const doc = new Y.Doc();
  const area = createFocusArea(doc, { title: "Bolig", x: 0, y: 0 });
  const chain = addActionChain(doc, { focusAreaId: area, goal: "Flere egnede boliger" });
  const owned = addAction(doc, chain, { what: "Kartlegge behovet", responsible: "Åse Ødegård", responsibleOrganisation: "Åfjord kommune", deadline: "2027-02-01" });
  addAction(doc, chain, { what: "Uten ansvarlig", deadline: "2027-03-01" });
  await db.boardUpdate.create({ data: { boardId: board.id, data: new Uint8Array(Y.encodeStateAsUpdate(doc)) } });
  const asOrganiser = { headers: { cookie: organiser.cookieHeader } };

  // Only the facilitators see the overview; it lists the owned action with a link.
  expect((await fetch(`${server.url}/api/workshops/${workshop.id}/follow-up`)).status).toBe(401);
  const overview = (await (await fetch(`${server.url}/api/workshops/${workshop.id}/follow-up`, asOrganiser)).json()) as FollowUpOverview;
  expect(overview.rows.map((r) => r.what)).toEqual(["Kartlegge behovet"]);
  const row = overview.rows[0];
  expect(row).toMatchObject({ actionId: owned, agreed: { deadline: "2027-02-01" }, link: { revoked: false } });
  const token = row.link!.url!.split("/f/")[1];
  // Asking again gives the same link: the paper stays valid.
  const again = (await (await fetch(`${server.url}/api/workshops/${workshop.id}/follow-up`, asOrganiser)).json()) as FollowUpOverview;
  expect(again.rows[0].link!.url).toBe(row.link!.url);
  expect(await db.followUpLink.count({ where: { workshopId: workshop.id } })).toBe(1);

  const ownerApi = `${server.url}/api/follow-up/${token}`;
  const post = (body: unknown, url = ownerApi) => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const page = (await (await fetch(ownerApi)).json()) as { page: OwnerPage };
  expect(page.page.chain.map((s) => [s.what, s.mine])).toEqual([["Kartlegge behovet", true], ["Uten ansvarlig", false]]);

  // Bad input is refused and writes nothing.
  for (const bad of [{ status: "started", progress: 101, deadline: null }, { status: "started", progress: 10, deadline: "2027-02-30" }, { status: "paused", progress: 10, deadline: null }, { status: "done", progress: 1.5, deadline: null }]) {
    const response = await post(bad);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalidInput" });
  }
  // A forged signature and a token for no link.
  const forged = `${token.slice(0, -3)}${token.endsWith("AAA") ? "BBB" : "AAA"}`;
  expect((await post({ status: "done", progress: 100, deadline: null }, `${server.url}/api/follow-up/${forged}`)).status).toBe(404);
  expect((await fetch(`${server.url}/api/follow-up/f.nolink.${"x".repeat(43)}`)).status).toBe(404);
  expect(await db.followUpUpdate.count()).toBe(0);

  // Two updates: two rows, the history in order, the feed follows.
  const before = events(await (await fetch(`${ownerApi}/calendar.ics`)).text());
  expect(before).toEqual([expect.objectContaining({ start: "2027-02-01", allDay: true, sequence: 0 })]);
  expect((await post({ status: "started", progress: 30, comment: "Spørreskjema sendt", deadline: "2027-04-15" })).status).toBe(200);
  const second = await post({ status: "started", progress: 60, comment: "Svar fra 9 av 12 grender", deadline: "2027-05-01" });
  const after = ((await second.json()) as { page: OwnerPage }).page;
  expect(after.state).toMatchObject({ status: "started", progress: 60, deadline: "2027-05-01", deadlineChanges: 2 });
  expect(after.state.history.map((h) => h.comment)).toEqual(["Spørreskjema sendt", "Svar fra 9 av 12 grender"]);
  expect(await db.followUpUpdate.count({ where: { workshopId: workshop.id, chainId: chain, actionId: owned } })).toBe(2);
  const [moved] = events(await (await fetch(`${ownerApi}/calendar.ics`)).text());
  expect(moved).toMatchObject({ uid: before[0].uid, start: "2027-05-01", sequence: 2 });
  const shared = events(await (await fetch(`${server.url}${new URL(overview.calendarUrl).pathname}${new URL(overview.calendarUrl).search}`)).text());
  expect(shared).toEqual([expect.objectContaining({ uid: before[0].uid, start: "2027-05-01" })]);

  // The spreadsheet: one row per owned action with its agreed and current values, named in the
  // workshop's language.
  expect((await fetch(`${server.url}/api/workshops/${workshop.id}/follow-up/export`)).status).toBe(401);
  const sheet = await fetch(`${server.url}/api/workshops/${workshop.id}/follow-up/export`, asOrganiser);
  expect(sheet.status).toBe(200);
  expect(sheet.headers.get("content-disposition")).toContain('filename="dialogmote-afjord-oppfolging.xlsx"');
  const book = await workbook(Buffer.from(await sheet.arrayBuffer()));
  const ws = book.getWorksheet("Oppfølging")!;
  expect(column(ws, "Tiltak")).toEqual(["Kartlegge behovet"]);
  expect(column(ws, "Ansvarlig")).toEqual(["Åse Ødegård"]);
  expect(column(ws, "Status")).toEqual(["Startet"]);
  expect(column(ws, "Fremdrift (%)")).toEqual([60]);
  expect(column(ws, "Avtalt frist")).toEqual(["2027-02-01"]);
  expect(column(ws, "Frist nå")).toEqual(["2027-05-01"]);
  expect(column(ws, "Siste kommentar")).toEqual(["Svar fra 9 av 12 grender"]);
  expect(column(ws, "Antall oppdateringer")).toEqual([2]);
  expect(column(ws, "Oppfølgingslenke")).toEqual([row.link!.url]);
  await db.workshop.update({ where: { id: workshop.id }, data: { language: "en" } });
  const english = await fetch(`${server.url}/api/workshops/${workshop.id}/follow-up/export`, asOrganiser);
  expect(english.headers.get("content-disposition")).toContain('filename="dialogmote-afjord-follow-up.xlsx"');
  expect((await workbook(Buffer.from(await english.arrayBuffer()))).worksheets.map((w) => w.name)).toEqual(["Follow-up"]);
  await db.workshop.update({ where: { id: workshop.id }, data: { language: "nb" } });

  // A follow-up meeting: its first board has the chain, the action at its current status.
  const meeting = await fetch(`${server.url}/api/workshops/${workshop.id}/follow-up-meeting`, { method: "POST", headers: { ...asOrganiser.headers, "content-type": "application/json" }, body: JSON.stringify({ title: "Oppfølging Åfjord" }) });
  expect(meeting.status).toBe(201);
  const { workshop: created } = (await meeting.json()) as { workshop: { id: string; chains: number } };
  expect(created.chains).toBe(1);
  const plenary = await db.board.findFirstOrThrow({ where: { workshopId: created.id, tableId: null } });
  await expect.poll(() => db.boardUpdate.count({ where: { boardId: plenary.id } })).toBeGreaterThan(0);
  const copy = new Y.Doc();
  for (const u of await db.boardUpdate.findMany({ where: { boardId: plenary.id }, orderBy: { id: "asc" } })) Y.applyUpdate(copy, u.data);
  const carried = readBoard(copy).chains;
  expect(carried).toHaveLength(1);
  expect(carried[0].actions.map((a) => [a.what, a.status, a.deadline])).toEqual([["Kartlegge behovet", "started", "2027-05-01"], ["Uten ansvarlig", "planned", "2027-03-01"]]);

  // Renew: the old token is withdrawn (410), the new one works; the history stays with the action.
  const renewed = await fetch(`${server.url}/api/workshops/${workshop.id}/follow-up/links/${row.link!.id}`, { method: "POST", ...asOrganiser });
  expect(renewed.status).toBe(200);
  const { link } = (await renewed.json()) as { link: { url: string } };
  expect((await fetch(ownerApi)).status).toBe(410);
  expect(await (await post({ status: "done", progress: 100, deadline: null })).json()).toMatchObject({ error: "followUpLinkRevoked" });
  expect((await fetch(`${ownerApi}/calendar.ics`)).status).toBe(410);
  const fresh = (await (await fetch(`${server.url}/api/follow-up/${link.url.split("/f/")[1]}`)).json()) as { page: OwnerPage };
  expect(fresh.page.state.history).toHaveLength(2);
  expect(await db.followUpUpdate.count()).toBe(2);
}

describe("follow-up over HTTP", () => {
  it("links, history, refusals, feeds and the follow-up meeting (SQLite)", async () => {
    const slot = {};
    running.push(slot);
    await followUpOverHttp(undefined, slot);
  }, 120_000);

  it.runIf(requirePostgresInCi())("links, history, refusals, feeds and the follow-up meeting (PostgreSQL)", async () => {
    const slot: (typeof running)[number] = {};
    running.push(slot);
    slot.postgres = await startPostgres();
    await followUpOverHttp(await slot.postgres.createDatabase("samla_follow_up"), slot);
  }, 120_000);
});
