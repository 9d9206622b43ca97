// The cast path itself (server/voting/cast.ts → server/voting/writes.ts) under real
// concurrency, on SQLite and on PostgreSQL: many casts of one person fired at once across all
// items (two tabs, a phone, a double click), a crowd casting and taking back while the round is
// closed under it, and the refusals. Whatever the interleaving: nobody above the budget or the
// per-item cap, the database holds exactly the acknowledged dots, and the totals the close writes
// are the sums of the ballots. Reports and archives of a round still open show the live sums.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createDb, type Db } from "@/server/platform/db/client";
import { applyMigrations } from "@/server/platform/db/migrate";
import { exportArchive } from "@/server/report/archive/exportArchive";
import { importArchive } from "@/server/report/archive/importArchive";
import { loadReportSource } from "@/server/report/loadReportInput";
import { changeDot } from "@/server/voting/cast";
import { VotingError } from "@/server/voting/errors";
import { liveTotals, tallyOf } from "@/server/voting/results";
import { closeRound, getRound } from "@/server/voting/rounds";
import { requirePostgresInCi, startPostgres, type TestPostgres } from "@/tests/helpers/postgres";

const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "samla-cast-"));
afterAll(() => fs.rmSync(tempDir, { recursive: true, force: true }));

const runPostgres = requirePostgresInCi();
let postgres: TestPostgres | undefined;
beforeAll(async () => {
  if (runPostgres) postgres = await startPostgres();
});
afterAll(async () => {
  await postgres?.stop();
});

type Outcome = { ok: true } | { ok: false; code: string };

async function attempt(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return { ok: true };
  } catch (error) {
    if (error instanceof VotingError) return { ok: false, code: error.code };
    throw error;
  }
}

async function seed(db: Db, tag: string, options: { participants: number; items: number; budget: number; maxPerItem: number; closesAt?: Date }) {
  const owner = await db.user.create({ data: { email: `cast-${tag}@example.no`, name: "Fanny" } });
  const workshop = await db.workshop.create({ data: { title: "Folkehelse", method: "searchConference", joinCode: `CAST-${tag}`, ownerId: owner.id } });
  const participants: string[] = [];
  for (let i = 0; i < options.participants; i++) {
    participants.push((await db.participant.create({ data: { workshopId: workshop.id, displayName: `Deltaker ${i}`, organisation: "Malvik kommune", secret: `s${i}` } })).id);
  }
  const board = await db.board.create({ data: { workshopId: workshop.id, title: "Plenum" } });
  const round = await db.votingRound.create({
    data: {
      workshopId: workshop.id,
      title: "Prioritering",
      budget: options.budget,
      maxPerItem: options.maxPerItem,
      closesAt: options.closesAt,
      items: { create: Array.from({ length: options.items }, (_, i) => ({ boardId: board.id, focusAreaId: `area-${i}`, title: `Område ${i}`, position: i })) },
    },
    include: { items: { orderBy: { position: "asc" } } },
  });
  return { workshopId: workshop.id, roundId: round.id, itemIds: round.items.map((i) => i.id), participants };
}

async function storedDots(db: Db, roundId: string) {
  const rows = await db.ballotItem.findMany({ where: { roundId } });
  const perParticipant = new Map<string, number>();
  const perItem = new Map<string, number>();
  for (const row of rows) {
    expect(row.dots).toBeGreaterThanOrEqual(0);
    perParticipant.set(row.participantId, (perParticipant.get(row.participantId) ?? 0) + row.dots);
    perItem.set(row.itemId, (perItem.get(row.itemId) ?? 0) + row.dots);
  }
  return { rows, perParticipant, perItem };
}

function suite(flavour: "sqlite" | "postgresql", freshUrl: (name: string) => Promise<string>) {
  // One client is how the server runs; on PostgreSQL a second client stands for a second
  // instance behind the load balancer (its own pool, its own connections).
  let db: Db;
  let other: Db;

  beforeAll(async () => {
    const url = await freshUrl("cast");
    await applyMigrations(url);
    db = createDb(url);
    other = flavour === "postgresql" ? createDb(url) : db;
  });
  afterAll(async () => {
    await db?.$disconnect();
    if (other !== db) await other?.$disconnect();
  });

  it("one person firing every cast at once never passes the budget or the cap", async () => {
    const budget = 5;
    const maxPerItem = 2;
    const { workshopId, roundId, itemIds, participants } = await seed(db, `${flavour}-one`, { participants: 3, items: 6, budget, maxPerItem });
    // 4 casts on each of 6 items per person, all in flight together, from two clients.
    const sent = participants.flatMap((participantId) =>
      itemIds.flatMap((itemId) => Array.from({ length: 4 }, (_, k) => ({ participantId, itemId, client: k % 2 === 0 ? db : other }))),
    );
    const outcomes = await Promise.all(sent.map((s) => attempt(() => changeDot(s.client, workshopId, s.participantId, { kind: "cast", roundId, itemId: s.itemId }))));

    const refusals = new Set(outcomes.flatMap((o) => (o.ok ? [] : [o.code])));
    expect([...refusals].filter((c) => c !== "budgetSpent" && c !== "itemCapReached")).toEqual([]);
    expect(refusals.has("budgetSpent")).toBe(true);
    const accepted = sent.filter((_, i) => outcomes[i].ok);
    const { rows, perParticipant, perItem } = await storedDots(db, roundId);
    for (const participantId of participants) {
      // Exactly the budget: every refusal was because it was spent, nothing was lost.
      expect(perParticipant.get(participantId)).toBe(budget);
      expect(accepted.filter((s) => s.participantId === participantId)).toHaveLength(budget);
    }
    for (const row of rows) {
      expect(row.dots).toBeLessThanOrEqual(maxPerItem);
      expect(row.dots).toBe(accepted.filter((s) => s.participantId === row.participantId && s.itemId === row.itemId).length);
    }
    const live = await liveTotals(db, [roundId]);
    for (const itemId of itemIds) expect(live.get(itemId) ?? 0).toBe(perItem.get(itemId) ?? 0);
  });

  it("a crowd casting and taking back while the round closes: the close's totals are exactly the acknowledged dots", async () => {
    const budget = 4;
    const maxPerItem = 2;
    const { workshopId, roundId, itemIds, participants } = await seed(db, `${flavour}-crowd`, { participants: 30, items: 5, budget, maxPerItem });
    type Sent = { participantId: string; itemId: string; kind: "cast" | "retract"; outcome?: Outcome };
    const sent: Sent[] = [];
    // Closed part-way through, from inside the storm (a burst on SQLite can run start to end
    // without giving a timer a turn): what was acknowledged before counts, what comes after is refused.
    let closing: Promise<unknown> | undefined;
    const fire = (s: Sent, client: Db) => {
      sent.push(s);
      return attempt(() => changeDot(client, workshopId, s.participantId, { kind: s.kind, roundId, itemId: s.itemId })).then((o) => {
        s.outcome = o;
        if (!closing && sent.filter((x) => x.outcome?.ok).length >= 40) closing = closeRound(db, workshopId, roundId);
      });
    };
    const storm = participants.map(async (participantId, n) => {
      for (let k = 0; k < budget + 3; k++) {
        const itemId = itemIds[(n + k) % itemIds.length];
        const pair = [fire({ participantId, itemId, kind: "cast" }, db), fire({ participantId, itemId: itemIds[(n + k + 2) % itemIds.length], kind: "cast" }, other)];
        if (k % 3 === 2) pair.push(fire({ participantId, itemId, kind: "retract" }, other));
        await Promise.all(pair);
      }
    });
    await Promise.all(storm);
    await closing;

    const codes = new Set(sent.flatMap((s) => (s.outcome && !s.outcome.ok ? [s.outcome.code] : [])));
    expect([...codes].filter((c) => !["budgetSpent", "itemCapReached", "noDotsToRemove", "roundClosed"].includes(c))).toEqual([]);
    expect(codes.has("roundClosed")).toBe(true);
    const expectedPerItem = new Map<string, number>();
    const expectedPerParticipant = new Map<string, number>();
    for (const s of sent.filter((s) => s.outcome?.ok)) {
      const d = s.kind === "cast" ? 1 : -1;
      expectedPerItem.set(s.itemId, (expectedPerItem.get(s.itemId) ?? 0) + d);
      expectedPerParticipant.set(s.participantId, (expectedPerParticipant.get(s.participantId) ?? 0) + d);
    }
    const { rows, perParticipant, perItem } = await storedDots(db, roundId);
    for (const row of rows) expect(row.dots).toBeLessThanOrEqual(maxPerItem);
    for (const participantId of participants) {
      expect(perParticipant.get(participantId) ?? 0).toBeLessThanOrEqual(budget);
      expect(perParticipant.get(participantId) ?? 0).toBe(expectedPerParticipant.get(participantId) ?? 0);
    }
    const round = await getRound(db, workshopId, roundId);
    expect(round.status).toBe("closed");
    for (const item of round.items) {
      expect(perItem.get(item.id) ?? 0).toBe(expectedPerItem.get(item.id) ?? 0);
      expect(item.dots).toBe(perItem.get(item.id) ?? 0);
    }
    expect((await tallyOf(db, round)).items.map((i) => i.dots)).toEqual(round.items.map((i) => perItem.get(i.id) ?? 0));

    // After the close nothing changes any more.
    const voted = rows.find((r) => r.dots > 0)!;
    const late = await attempt(() => changeDot(other, workshopId, voted.participantId, { kind: "retract", roundId, itemId: voted.itemId }));
    expect(late).toEqual({ ok: false, code: "roundClosed" });
    expect((await storedDots(db, roundId)).rows).toEqual(rows);
  });

  it("refuses with the reason that matters and writes nothing", async () => {
    const { workshopId, roundId, itemIds, participants } = await seed(db, `${flavour}-refuse`, { participants: 1, items: 3, budget: 2, maxPerItem: 1 });
    const [me] = participants;
    const cast = (itemId: string, kind: "cast" | "retract" = "cast", client = db) => attempt(() => changeDot(client, workshopId, me, { kind, roundId, itemId }));
    expect(await cast(itemIds[0], "retract")).toEqual({ ok: false, code: "noDotsToRemove" });
    expect(await cast("not-on-the-ballot")).toEqual({ ok: false, code: "unknownItem" });
    expect(await attempt(() => changeDot(db, "another-workshop", me, { kind: "cast", roundId, itemId: itemIds[0] }))).toEqual({ ok: false, code: "notFound" });
    expect(await cast(itemIds[0])).toEqual({ ok: true });
    expect(await cast(itemIds[0], "cast", other)).toEqual({ ok: false, code: "itemCapReached" });
    expect(await cast(itemIds[1])).toEqual({ ok: true });
    expect(await cast(itemIds[2])).toEqual({ ok: false, code: "budgetSpent" });
    // Budget spent and cap reached at once: the budget is named, as the guard checks it first.
    expect(await cast(itemIds[0], "cast", other)).toEqual({ ok: false, code: "budgetSpent" });
    expect(await cast(itemIds[1], "retract")).toEqual({ ok: true });
    expect(await cast(itemIds[1], "retract", other)).toEqual({ ok: false, code: "noDotsToRemove" });
    const mine = await changeDot(db, workshopId, me, { kind: "cast", roundId, itemId: itemIds[2] });
    expect(mine).toEqual({ roundId, dots: { [itemIds[0]]: 1, [itemIds[2]]: 1 }, spent: 2, left: 0 });

    await closeRound(db, workshopId, roundId);
    expect(await cast(itemIds[1])).toEqual({ ok: false, code: "roundClosed" });
    expect(await cast(itemIds[0], "retract", other)).toEqual({ ok: false, code: "roundClosed" });
    expect((await storedDots(db, roundId)).perParticipant.get(me)).toBe(2);
  });

  it("a report or archive made while the round is open carries the live sums; an anonymous archive's open round comes back closed with them", async () => {
    const { workshopId, roundId, itemIds, participants } = await seed(db, `${flavour}-report`, { participants: 3, items: 3, budget: 3, maxPerItem: 2 });
    const casts: Array<[number, number]> = [[0, 0], [0, 0], [0, 1], [1, 0], [1, 2], [2, 2]];
    for (const [p, i] of casts) await changeDot(db, workshopId, participants[p], { kind: "cast", roundId, itemId: itemIds[i] });
    await changeDot(db, workshopId, participants[2], { kind: "retract", roundId, itemId: itemIds[2] });
    const expected = [3, 1, 1];

    const source = await loadReportSource(db, workshopId, async () => []);
    expect(source.rounds[0].status).toBe("open");
    expect(source.rounds[0].items.map((i) => i.dots)).toEqual(expected);

    const named = await exportArchive(db, workshopId, async () => new Y.Doc());
    expect(named.votingRounds[0].items.map((i) => i.dots)).toEqual(expected);
    const spentOf = new Map(named.votingRounds[0].ballots!.map((b) => [b.participantRef, b.spent]));
    expect(participants.map((p) => spentOf.get(p))).toEqual([3, 2, 0]);

    const owner = await db.workshop.findUniqueOrThrow({ where: { id: workshopId }, select: { ownerId: true } });
    // A named archive keeps its ballots, so the open round stays open and sums them.
    const copy = await importArchive(db, named, owner.ownerId);
    const copied = await db.votingRound.findFirstOrThrow({ where: { workshopId: copy.workshopId }, include: { items: { orderBy: { position: "asc" } } } });
    expect(copied.status).toBe("open");
    expect((await tallyOf(db, copied)).items.map((i) => i.dots)).toEqual(expected);

    await db.workshop.update({ where: { id: workshopId }, data: { anonymous: true } });
    const anonymous = await exportArchive(db, workshopId, async () => new Y.Doc());
    expect(anonymous.votingRounds[0].ballots).toBeNull();
    expect(anonymous.votingRounds[0].items.map((i) => i.dots)).toEqual(expected);
    const imported = await importArchive(db, anonymous, owner.ownerId);
    const round = await db.votingRound.findFirstOrThrow({ where: { workshopId: imported.workshopId }, include: { items: { orderBy: { position: "asc" } } } });
    expect(round.status).toBe("closed");
    expect(round.closedAt?.toISOString()).toBe(anonymous.exportedAt);
    expect((await tallyOf(db, round)).items.map((i) => i.dots)).toEqual(expected);
  });

  it("refuses after the closing time, before the round is settled in the database", async () => {
    const { workshopId, roundId, itemIds, participants } = await seed(db, `${flavour}-late`, { participants: 1, items: 2, budget: 2, maxPerItem: 1, closesAt: new Date(Date.now() + 60_000) });
    const at = (ms: number) => new Date(Date.now() + ms);
    expect(await attempt(() => changeDot(db, workshopId, participants[0], { kind: "cast", roundId, itemId: itemIds[0] }, at(0)))).toEqual({ ok: true });
    expect(await attempt(() => changeDot(db, workshopId, participants[0], { kind: "cast", roundId, itemId: itemIds[1] }, at(61_000)))).toEqual({ ok: false, code: "roundClosed" });
    expect((await storedDots(db, roundId)).perParticipant.get(participants[0])).toBe(1);
  });
}

describe("casting on SQLite", () => {
  suite("sqlite", async (name) => `file:${path.join(tempDir, name, "samla.db")}`);
});

describe.skipIf(!runPostgres)("casting on PostgreSQL", () => {
  suite("postgresql", (name) => postgres!.createDatabase(name));
});
