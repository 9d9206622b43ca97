// Points rounds (any split of a budget, e.g. 100 per participant) through socket.io on the real
// server, on SQLite and PostgreSQL: 40 participants each fire from two connections at once,
// together asking for more than the budget, plus negative, fractional and oversized amounts.
// Every ballot stays within the budget, every refused attempt carries the right code, nothing
// is visible before the reveal, and the close's totals are exactly the sum of the ballots.
import type { Socket } from "socket.io-client";
import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createDb, type Db } from "@/server/platform/db/client";
import { exportArchive } from "@/server/report/archive/exportArchive";
import { importArchive } from "@/server/report/archive/importArchive";
import { archiveSchema } from "@/server/report/archive/schema";
import { requirePostgresInCi, startPostgres, type TestPostgres } from "../helpers/postgres";
import { startServer, type RunningServer } from "../helpers/server";
import { signUpAndIn } from "../helpers/auth";
import { connect, emit, roundItems, seedVoting, type Ack } from "./votingFixture";

const authSecret = "voting-points-secret-that-is-long-enough-0123456789";
const PARTICIPANTS = 40;
const BUDGET = 100;
const running: { server?: RunningServer; db?: Db; postgres?: TestPostgres; sockets: Socket[] }[] = [];

afterAll(async () => {
  for (const r of running) {
    for (const s of r.sockets) s.disconnect();
    await r.db?.$disconnect();
    await r.server?.stop();
    await r.postgres?.stop();
  }
});

async function raceOnPoints(databaseUrl: string | undefined, slot: (typeof running)[number]) {
  const server = (slot.server = await startServer({ databaseUrl, env: { AUTH_SECRET: authSecret, SIGNUP_OPEN: "true" } }));
  const db = (slot.db = createDb(databaseUrl ?? server.databaseUrl));
  const facilitator = await signUpAndIn(server.url, { name: "Fanny", email: "fanny@example.no", password: "et langt og trygt passord" });
  const fixture = await seedVoting(db, authSecret, { ownerEmail: "fanny@example.no", participants: PARTICIPANTS, areas: ["Psykisk helse", "Bolig", "Skole", "Transport"] });
  const fac = await connect(server.url, fixture.workshopId, facilitator.sessionToken);
  slot.sockets.push(fac);

  // A points round must let any split: maxPerItem other than the budget is refused.
  const wrongCap = await emit(fac, "vote:open", { title: "Budsjett", items: roundItems(fixture), settings: { kind: "points", budget: BUDGET, maxPerItem: 50 } });
  expect(wrongCap).toMatchObject({ ok: false, code: "invalidInput" });
  const open = await emit(fac, "vote:open", { title: "Budsjett 2027", items: roundItems(fixture), settings: { kind: "points", budget: BUDGET, maxPerItem: BUDGET, anonymous: true } });
  expect(open.ok).toBe(true);
  const round = open.ok ? open.round : null;
  expect(round).toMatchObject({ kind: "points", budget: BUDGET });
  const ids: string[] = round.items.map((i: { id: string }) => i.id);

  const accepted: Ack[] = [];
  const refused = new Map<string, number>();
  const invalid: Ack[] = [];
  const finalMine = new Map<string, Record<string, number>>();
  await Promise.all(
    fixture.participants.map(async (p, n) => {
      const [a, b] = await Promise.all([connect(server.url, fixture.workshopId, p.token), connect(server.url, fixture.workshopId, p.token)]);
      slot.sockets.push(a, b);
      const allocate = (socket: Socket, item: number, points: number) => emit(socket, "vote:allocate", { roundId: round.id, itemId: ids[item], points });
      // Dots are not how a points round is voted.
      expect(await emit(a, "vote:cast", { roundId: round.id, itemId: ids[0] })).toMatchObject({ ok: false, code: "notADotsRound" });
      // Together far above the budget, from both connections at once; amounts vary per person.
      const valid = [allocate(a, 0, 70), allocate(b, 1, 60), allocate(a, 2, 30 + (n % 5)), allocate(b, 2, 40), allocate(a, 3, 0), allocate(b, 3, 25), allocate(a, 1, 100)];
      const bad = [allocate(a, 2, -5), allocate(b, 2, 2.5), allocate(a, 0, 101), allocate(b, 1, -0.5)];
      const [validAcks, badAcks] = await Promise.all([Promise.all(valid), Promise.all(bad)]);
      for (const ack of validAcks) {
        if (ack.ok) accepted.push(ack);
        else refused.set(ack.code, (refused.get(ack.code) ?? 0) + 1);
      }
      invalid.push(...badAcks);
      // What the participant's own screen would show once the dust settles.
      const sync = await emit(b, "vote:sync");
      expect(sync.ok).toBe(true);
      if (sync.ok) {
        finalMine.set(p.id, sync.voting.mine.dots);
        // Hidden until reveal: no counts of anyone's points reach a participant.
        expect(sync.voting.tally).toBeNull();
        expect(sync.voting.results).toBeNull();
      }
    }),
  );

  // Bad amounts never pass, whatever the ballot: negative and fractional by the vote rule, 101 by the cap.
  expect(invalid.map((a) => (a.ok ? "accepted" : a.code)).sort()).toEqual(
    [...Array(PARTICIPANTS).fill("invalidAmount"), ...Array(PARTICIPANTS).fill("invalidAmount"), ...Array(PARTICIPANTS).fill("invalidAmount"), ...Array(PARTICIPANTS).fill("itemCapReached")].sort(),
  );
  expect([...refused.keys()].filter((c) => c !== "budgetExceeded"), "unexpected refusal codes").toEqual([]);
  // The asks add up to far more than 100 per person: many were refused, some accepted.
  expect(refused.get("budgetExceeded") ?? 0).toBeGreaterThan(0);
  expect(accepted.length).toBeGreaterThanOrEqual(PARTICIPANTS * 2);

  // Every ballot within the budget, in whole points from 0, and as the participant's screen shows it.
  const rows = await db.ballotItem.findMany({ where: { roundId: round.id } });
  const spent = new Map<string, number>();
  for (const row of rows) {
    expect(Number.isInteger(row.dots) && row.dots >= 0 && row.dots <= BUDGET).toBe(true);
    spent.set(row.participantId, (spent.get(row.participantId) ?? 0) + row.dots);
  }
  expect(spent.size).toBe(PARTICIPANTS);
  for (const [participantId, total] of spent) {
    expect(total).toBeLessThanOrEqual(BUDGET);
    const mine = finalMine.get(participantId) ?? {};
    expect(Object.values(mine).reduce((s, v) => s + v, 0)).toBe(total);
  }

  // The close writes each item's total: exactly the sum of the ballots.
  const close = await emit(fac, "vote:close", { roundId: round.id });
  expect(close.ok).toBe(true);
  const items = await db.votingItem.findMany({ where: { roundId: round.id } });
  const grand = [...spent.values()].reduce((s, v) => s + v, 0);
  for (const item of items) expect(item.dots).toBe(rows.filter((r) => r.itemId === item.id).reduce((s, r) => s + r.dots, 0));
  expect(items.reduce((s, i) => s + i.dots, 0)).toBe(grand);
  // Nothing lands after the close.
  expect(await emit(fac, "vote:allocate", { roundId: round.id, itemId: ids[0], points: 1 })).toMatchObject({ ok: false });

  // The reveal: shares in %, and how far apart the organisations are, from suppressed rows.
  const reveal = await emit(fac, "vote:reveal", { roundId: round.id });
  expect(reveal.ok).toBe(true);
  if (!reveal.ok) return;
  expect(reveal.results.totalDots).toBe(grand);
  const shares = reveal.results.ranking.reduce((s: number, r: { share: number }) => s + r.share, 0);
  expect(shares).toBeCloseTo(1, 9);
  expect(reveal.results.spread).toHaveLength(ids.length);
  for (const s of reveal.results.spread) {
    expect(s.min).not.toBeNull();
    expect(s.min).toBeLessThanOrEqual(s.max);
  }
  expect(reveal.results.ballots).toBeUndefined();
  for (const row of reveal.results.byOrganisation) if (row.kind !== "suppressed") expect(row.voters).toBeGreaterThanOrEqual(3);

  // The archive keeps the round a points round with its totals; one from before points rounds
  // existed (no kind) comes back as dots.
  const archive = await exportArchive(db, fixture.workshopId, async () => new Y.Doc());
  expect(archive.votingRounds[0]).toMatchObject({ kind: "points", budget: BUDGET, maxPerItem: BUDGET });
  const owner = await db.workshop.findUniqueOrThrow({ where: { id: fixture.workshopId }, select: { ownerId: true } });
  const copy = await importArchive(db, archive, owner.ownerId);
  const copied = await db.votingRound.findFirstOrThrow({ where: { workshopId: copy.workshopId }, include: { items: true } });
  expect(copied.kind).toBe("points");
  expect(copied.items.reduce((s, i) => s + i.dots, 0)).toBe(grand);
  const { kind: _kind, ...older } = archive.votingRounds[0];
  expect(archiveSchema.parse({ ...archive, votingRounds: [older] }).votingRounds[0].kind).toBe("dots");
}

describe("points rounds", () => {
  it("keep every ballot within the budget under two connections per participant (SQLite)", async () => {
    const slot = { sockets: [] as Socket[] };
    running.push(slot);
    await raceOnPoints(undefined, slot);
  }, 120_000);

  it.runIf(requirePostgresInCi())("keep every ballot within the budget under two connections per participant (PostgreSQL)", async () => {
    const slot: (typeof running)[number] = { sockets: [] };
    running.push(slot);
    slot.postgres = await startPostgres();
    await raceOnPoints(await slot.postgres.createDatabase("samla_points"), slot);
  }, 120_000);
});
