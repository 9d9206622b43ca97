// The vote's self-guarding SQL (INSERT … SELECT … WHERE … ON CONFLICT DO UPDATE … WHERE) on
// PostgreSQL, where transactions really run side by side: two connections per participant racing
// for the last dots on different items and for the per-item cap, then the same totals check as
// on SQLite. (tests/integration/voting-cast.test.ts races the service itself, closes included.)
import type { Socket } from "socket.io-client";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/server/platform/db/client";
import { requirePostgresInCi, startPostgres, type TestPostgres } from "../helpers/postgres";
import { startServer, type RunningServer } from "../helpers/server";
import { signUpAndIn } from "../helpers/auth";
import { connect, emit, roundItems, seedVoting } from "./votingFixture";

const run = requirePostgresInCi();
const authSecret = "voting-postgres-secret-that-is-long-enough-0123456789";
let postgres: TestPostgres | undefined;
let server: RunningServer | undefined;
let db: Db | undefined;
const sockets: Socket[] = [];

afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await db?.$disconnect();
  await server?.stop();
  await postgres?.stop();
});

describe.runIf(run)("voting on PostgreSQL", () => {
  it("never exceeds budget or cap with two connections per participant racing", async () => {
    postgres = await startPostgres();
    const databaseUrl = await postgres.createDatabase("samla_voting");
    server = await startServer({ databaseUrl, env: { AUTH_SECRET: authSecret, SIGNUP_OPEN: "true" } });
    db = createDb(databaseUrl);
    const facilitator = await signUpAndIn(server.url, { name: "Fanny", email: "fanny@example.no", password: "et langt og trygt passord" });
    const fixture = await seedVoting(db, authSecret, { ownerEmail: "fanny@example.no", participants: 12, areas: ["Psykisk helse", "Bolig", "Skole"] });
    const fac = await connect(server.url, fixture.workshopId, facilitator.sessionToken);
    sockets.push(fac);
    const open = await emit(fac, "vote:open", { title: "PG", items: roundItems(fixture), settings: { budget: 3, maxPerItem: 2 } });
    expect(open.ok).toBe(true);
    const round = open.ok ? open.round : null;
    const ids: string[] = round.items.map((i: { id: string }) => i.id);
    let accepted = 0;
    const codes = new Set<string>();
    await Promise.all(
      fixture.participants.map(async (p) => {
        const [a, b] = await Promise.all([connect(server!.url, fixture.workshopId, p.token), connect(server!.url, fixture.workshopId, p.token)]);
        sockets.push(a, b);
        const sends = [];
        for (let i = 0; i < 3; i++) sends.push(emit(a, "vote:cast", { roundId: round.id, itemId: ids[0] }), emit(b, "vote:cast", { roundId: round.id, itemId: ids[0] }));
        for (let i = 0; i < 2; i++) sends.push(emit(a, "vote:cast", { roundId: round.id, itemId: ids[1] }), emit(b, "vote:cast", { roundId: round.id, itemId: ids[2] }));
        for (const ack of await Promise.all(sends)) {
          if (ack.ok) accepted++;
          else codes.add(ack.code);
        }
      }),
    );
    expect([...codes].filter((c) => c !== "budgetSpent" && c !== "itemCapReached"), "unexpected refusal codes").toEqual([]);
    expect(accepted).toBe(12 * 3);
    const perItem = await db.ballotItem.findMany({ where: { roundId: round.id } });
    const spent = new Map<string, number>();
    for (const bi of perItem) spent.set(bi.participantId, (spent.get(bi.participantId) ?? 0) + bi.dots);
    expect([...spent.values()]).toEqual(Array(12).fill(3));
    expect(perItem.every((bi) => bi.dots <= 2)).toBe(true);
    expect(perItem.reduce((s, bi) => s + bi.dots, 0)).toBe(36);
    // The close writes each item's total from the ballots.
    expect(await emit(fac, "vote:close", { roundId: round.id })).toMatchObject({ ok: true });
    const items = await db.votingItem.findMany({ where: { roundId: round.id } });
    for (const item of items) expect(item.dots).toBe(perItem.filter((bi) => bi.itemId === item.id).reduce((s, bi) => s + bi.dots, 0));
    expect(items.reduce((s, i) => s + i.dots, 0)).toBe(36);
  });
});
