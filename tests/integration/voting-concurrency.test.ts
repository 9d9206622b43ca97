// 50 real socket.io participants vote at once against the real server, each from TWO
// connections (two tabs / a laptop and a phone) firing casts without waiting, plus attacks
// on the per-item cap. Whatever the interleaving, the database must hold exactly the votes
// the server acknowledged, nobody may be over budget or cap, and every refusal has a reason.
import type { Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/platform/db/client";
import type { RunningServer } from "../helpers/server";
import type { SignedIn } from "../helpers/auth";
import { connect, emit, roundItems, startVotingServer, stopVotingServer, type Ack, type VotingFixture } from "./votingFixture";

const authSecret = "voting-test-secret-that-is-long-enough-0123456789abcdef";
const budget = 5;
const maxPerItem = 2;
let server: RunningServer;
let db: Db;
let facilitator: SignedIn;
let fixture: VotingFixture;
const sockets: Socket[] = [];

beforeAll(async () => {
  ({ server, db, facilitator, fixture } = await startVotingServer(authSecret, { participants: 50, areas: ["Psykisk helse", "Bolig", "Skole", "Arbeid", "Transport", "Frivillighet"] }));
});

afterAll(() => stopVotingServer({ server, db }, sockets));

async function open(fac: Socket) {
  const ack = await emit(fac, "vote:open", { title: "Prioritering 1", items: roundItems(fixture), settings: { budget, maxPerItem, anonymous: false, showLive: false, closesAt: null } });
  expect(ack).toMatchObject({ ok: true });
  return ack.ok ? (ack.round as { id: string; items: { id: string }[] }) : null!;
}

describe("50 participants voting at once", () => {
  it("stores exactly the acknowledged votes, nobody over budget or cap, every refusal with a reason", async () => {
    const fac = await connect(server.url, fixture.workshopId, facilitator.sessionToken);
    sockets.push(fac);
    const round = await open(fac);
    const itemIds = round.items.map((i) => i.id);

    const pairs = await Promise.all(
      fixture.participants.map(async (p) => {
        const a = await connect(server.url, fixture.workshopId, p.token);
        const b = await connect(server.url, fixture.workshopId, p.token);
        sockets.push(a, b);
        return { p, a, b };
      }),
    );

    type Sent = { participantId: string; kind: "cast" | "retract"; itemId: string; ack: Ack };
    const sent: Sent[] = [];
    const fire = (participantId: string, socket: Socket, kind: "cast" | "retract", itemId: string) =>
      emit(socket, `vote:${kind}`, { roundId: round.id, itemId }).then((ack) => sent.push({ participantId, kind, itemId, ack }));

    // Cap attack first, while budgets are untouched: both connections hammer one item.
    await Promise.all(
      pairs.map(({ p, a, b }) => {
        const burst: Promise<unknown>[] = [];
        for (let i = 0; i < 3; i++) {
          burst.push(fire(p.id, a, "cast", itemIds[0]));
          burst.push(fire(p.id, b, "cast", itemIds[0]));
        }
        return Promise.all(burst);
      }),
    );
    // Double spend: each connection alone tries to spend the whole budget and more, and some
    // change their mind in the middle of it.
    await Promise.all(
      pairs.map(({ p, a, b }, n) => {
        const burst: Promise<unknown>[] = [];
        for (let i = 0; i < budget + 2; i++) {
          burst.push(fire(p.id, a, "cast", itemIds[(n + i) % itemIds.length]));
          burst.push(fire(p.id, b, "cast", itemIds[(n + i + 3) % itemIds.length]));
        }
        if (n % 3 === 0) burst.push(fire(p.id, a, "retract", itemIds[0]));
        return Promise.all(burst);
      }),
    );

    const refusals = sent.filter((s) => !s.ack.ok);
    const accepted = sent.filter((s) => s.ack.ok);
    expect(accepted.length).toBeGreaterThan(50 * (budget - 1));
    expect(refusals.length).toBeGreaterThan(0);
    for (const r of refusals) {
      if (r.ack.ok) continue;
      expect(["budgetSpent", "itemCapReached", "noDotsToRemove"]).toContain(r.ack.code);
      expect(r.ack.message.length).toBeGreaterThan(10);
    }
    expect(refusals.some((r) => !r.ack.ok && r.ack.code === "budgetSpent")).toBe(true);
    expect(refusals.some((r) => !r.ack.ok && r.ack.code === "itemCapReached")).toBe(true);

    // Expected totals from the acknowledgements alone.
    const expectedPerItem = new Map<string, number>();
    const expectedPerBallot = new Map<string, number>();
    const expectedSpent = new Map<string, number>();
    for (const s of accepted) {
      const d = s.kind === "cast" ? 1 : -1;
      expectedPerItem.set(s.itemId, (expectedPerItem.get(s.itemId) ?? 0) + d);
      expectedPerBallot.set(`${s.participantId}/${s.itemId}`, (expectedPerBallot.get(`${s.participantId}/${s.itemId}`) ?? 0) + d);
      expectedSpent.set(s.participantId, (expectedSpent.get(s.participantId) ?? 0) + d);
    }

    const ballotItems = await db.ballotItem.findMany({ where: { roundId: round.id } });
    for (const bi of ballotItems) {
      expect(bi.dots).toBeGreaterThanOrEqual(0);
      expect(bi.dots).toBeLessThanOrEqual(maxPerItem);
      expect(bi.dots).toBe(expectedPerBallot.get(`${bi.participantId}/${bi.itemId}`) ?? 0);
    }
    // What each participant spent is the sum of their rows: never above the budget.
    const spent = new Map<string, number>();
    for (const bi of ballotItems) spent.set(bi.participantId, (spent.get(bi.participantId) ?? 0) + bi.dots);
    expect(spent.size).toBe(50);
    for (const [participantId, dots] of spent) {
      expect(dots).toBeLessThanOrEqual(budget);
      expect(dots).toBe(expectedSpent.get(participantId));
    }
    // Everyone who did not retract spent the whole budget: nothing was lost to the races.
    for (const { p } of pairs.filter((_, n) => n % 3 !== 0)) expect(expectedSpent.get(p.id)).toBe(budget);

    // The live tally (summed from the ballots while the round is open) is what was acknowledged.
    const tally = await emit(fac, "vote:sync");
    expect(tally.ok).toBe(true);
    const live = tally.ok ? (tally.voting.tally.items as { id: string; dots: number }[]) : [];
    expect(live.map((i) => i.id)).toEqual(itemIds);
    for (const item of live) expect(item.dots).toBe(expectedPerItem.get(item.id) ?? 0);
    expect(tally.ok && tally.voting.progress).toMatchObject({ voted: [...spent.values()].filter((d) => d > 0).length, eligible: 50 });

    // The last "mine" each connection heard agrees with the database.
    const { a } = pairs[1];
    const sync = await emit(a, "vote:sync");
    expect(sync.ok && sync.voting.mine.spent).toBe(budget);
    expect(sync.ok && sync.voting.tally).toBeNull();
  });

  it("refuses bad input, strangers' items and votes after close, changing nothing", async () => {
    const fac = sockets[0];
    const { a } = { a: await connect(server.url, fixture.workshopId, fixture.participants[0].token) };
    sockets.push(a);
    const current = await emit(fac, "vote:sync");
    const round = current.ok ? current.voting.round : null;
    const before = await db.votingItem.findMany({ where: { roundId: round.id }, orderBy: { position: "asc" } });
    const ballotsBefore = await db.ballotItem.findMany({ where: { roundId: round.id }, orderBy: [{ itemId: "asc" }, { participantId: "asc" }] });

    expect(await emit(a, "vote:cast", { roundId: round.id })).toMatchObject({ ok: false, code: "invalidInput" });
    expect(await emit(a, "vote:cast", { roundId: round.id, itemId: "x".repeat(500) })).toMatchObject({ ok: false, code: "invalidInput" });
    expect(await emit(a, "vote:cast", { roundId: round.id, itemId: "not-on-ballot" })).toMatchObject({ ok: false, code: "unknownItem" });
    expect(await emit(a, "vote:cast", { roundId: "nosuchround", itemId: before[0].id })).toMatchObject({ ok: false, code: "notFound" });
    expect(await emit(a, "vote:open", { title: "Kupp", items: roundItems(fixture), settings: { budget: 3, maxPerItem: 1 } })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await emit(fac, "vote:cast", { roundId: round.id, itemId: before[0].id })).toMatchObject({ ok: false, code: "notAParticipant" });
    expect(await emit(fac, "vote:open", { title: "To på en gang", items: roundItems(fixture), settings: { budget: 3, maxPerItem: 1 } })).toMatchObject({ ok: false, code: "roundAlreadyOpen" });
    expect(await emit(fac, "vote:open", { title: "Feil", items: roundItems(fixture), settings: { budget: 2, maxPerItem: 3 } })).toMatchObject({ ok: false, code: "invalidInput" });
    expect(await emit(fac, "vote:reveal", { roundId: round.id })).toMatchObject({ ok: false, code: "roundNotClosed" });

    expect(await emit(fac, "vote:close", { roundId: round.id })).toMatchObject({ ok: true });
    const retract = await emit(a, "vote:retract", { roundId: round.id, itemId: before[0].id });
    expect(retract).toMatchObject({ ok: false, code: "roundClosed" });
    expect(await emit(a, "vote:cast", { roundId: round.id, itemId: before[1].id })).toMatchObject({ ok: false, code: "roundClosed" });

    expect(await db.ballotItem.findMany({ where: { roundId: round.id }, orderBy: [{ itemId: "asc" }, { participantId: "asc" }] })).toEqual(ballotsBefore);
    // The close wrote each item's total: the sum of its ballot rows.
    const after = await db.votingItem.findMany({ where: { roundId: round.id }, orderBy: { position: "asc" } });
    const sums = new Map<string, number>();
    for (const bi of ballotsBefore) sums.set(bi.itemId, (sums.get(bi.itemId) ?? 0) + bi.dots);
    expect(after.map((i) => i.dots)).toEqual(before.map((i) => sums.get(i.id) ?? 0));
    expect(after.reduce((s, i) => s + i.dots, 0)).toBeGreaterThan(0);
  });

  it("closes on its closing time and refuses votes after it", async () => {
    const fac = sockets[0];
    const closesAt = Date.now() + 1500;
    const ack = await emit(fac, "vote:open", { title: "Kort runde", items: roundItems(fixture).slice(0, 3), settings: { budget: 2, maxPerItem: 1, closesAt } });
    expect(ack).toMatchObject({ ok: true });
    const round = ack.ok ? ack.round : null;
    const p = await connect(server.url, fixture.workshopId, fixture.participants[2].token);
    sockets.push(p);
    const closed = new Promise<any>((resolve) => p.on("vote:round", (r) => r.status === "closed" && resolve(r)));
    expect(await emit(p, "vote:cast", { roundId: round.id, itemId: round.items[0].id })).toMatchObject({ ok: true });
    await new Promise((r) => setTimeout(r, Math.max(0, closesAt - Date.now() + 50)));
    expect(await emit(p, "vote:cast", { roundId: round.id, itemId: round.items[1].id })).toMatchObject({ ok: false, code: "roundClosed" });
    expect((await closed).id).toBe(round.id);
    expect((await db.votingRound.findUniqueOrThrow({ where: { id: round.id } })).status).toBe("closed");
  });
});
