// npm run bench:points [-- --participants=300 --budget=100 --seconds=8 --postgres --tabs=1]
// A points round («fordel 100 poeng») under load: N simulated participants (real socket.io
// clients) split their budget over the items at random moments across the window, change their
// mind once (one item down, another up), and last ask for one point more than they have left.
// Prints the allocate ack latency p50/p95/p99 and checks the database: every ballot exactly its
// last accepted split (nothing lost), nobody over budget, every extra point refused with
// "budgetExceeded", and the close's item totals the sum of the ballots. Loopback only, bounded in time.
import type { Socket } from "socket.io-client";
import { createDb } from "../server/platform/db/client";
import { startServer } from "../tests/helpers/server";
import { startPostgres, type TestPostgres } from "../tests/helpers/postgres";
import { signUpAndIn } from "../tests/helpers/auth";
import { connect, emit, roundItems, seedVoting } from "../tests/integration/votingFixture";
import { reportResult } from "./lib/result";
import { percentile } from "./lib/loadClients";

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")));
const participants = Number(args.participants ?? 300);
const budget = Number(args.budget ?? 100);
const spreadMs = Number(args.seconds ?? 8) * 1000;
const onPostgres = "postgres" in args;
const tabs = Math.max(1, Number(args.tabs ?? 1));
const limitMs = 15_000;
const authSecret = "bench-points-secret-0123456789abcdefghijkl";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Participant n's first split of the budget over `count` items: uneven, summing to the budget. */
function splitFor(n: number, count: number): number[] {
  const weights = Array.from({ length: count }, (_, i) => ((n + 1) * (i + 3)) % 7);
  const sum = weights.reduce((s, w) => s + w, 0) || 1;
  const points = weights.map((w) => Math.floor((w * budget) / sum));
  points[n % count] += budget - points.reduce((s, p) => s + p, 0);
  return points;
}

async function main() {
  let postgres: TestPostgres | undefined;
  let databaseUrl: string | undefined;
  if (onPostgres) {
    postgres = await startPostgres();
    databaseUrl = await postgres.createDatabase("samla_bench_points");
  }
  const server = await startServer({ databaseUrl, env: { AUTH_SECRET: authSecret, SIGNUP_OPEN: "true" } });
  const db = createDb(server.databaseUrl);
  const sockets: Socket[] = [];
  try {
    const facilitator = await signUpAndIn(server.url, { name: "Bench", email: "bench@example.no", password: "et langt og trygt passord" });
    const areas = ["Hjemmetjeneste", "Dagtilbud", "Avlastning", "Velferdsteknologi", "Rehabilitering", "Møteplasser"];
    const fixture = await seedVoting(db, authSecret, { ownerEmail: "bench@example.no", participants, areas });
    const fac = await connect(server.url, fixture.workshopId, facilitator.sessionToken);
    sockets.push(fac);
    const voters: Socket[][] = [];
    for (let i = 0; i < participants; i += 25) {
      const batch = await Promise.all(fixture.participants.slice(i, i + 25).map((p) => Promise.all(Array.from({ length: tabs }, () => connect(server.url, fixture.workshopId, p.token)))));
      voters.push(...batch);
      sockets.push(...batch.flat());
    }

    const open = await emit(fac, "vote:open", { title: "Hva er viktig for deg?", items: roundItems(fixture), settings: { kind: "points", budget, maxPerItem: budget, anonymous: true, showLive: false } });
    if (!open.ok) throw new Error(`open failed: ${open.code}`);
    const round = open.round as { id: string; items: { id: string }[] };
    const itemIds = round.items.map((i) => i.id);

    const latencies: number[] = [];
    const unexpected: string[] = [];
    let extraRefused = 0;
    const intended = new Map<string, number[]>();
    const t0 = performance.now();
    await Promise.all(
      voters.map(async (tabsOfOne, n) => {
        const points = splitFor(n, itemIds.length);
        // Then a change of mind: 10 (or what there is) from the largest item to the next one.
        const from = points.indexOf(Math.max(...points));
        const to = (from + 1) % points.length;
        const moved = Math.min(10, points[from]);
        const final = [...points];
        final[from] -= moved;
        final[to] += moved;
        intended.set(fixture.participants[n].id, final);
        const other = (to + 1) % points.length;
        const steps: Array<{ item: number; points: number; extra?: true }> = [
          ...points.map((p, item) => ({ item, points: p })),
          { item: from, points: final[from] },
          { item: to, points: final[to] },
          // All spent: one point more on any item is refused.
          { item: other, points: final[other] + 1, extra: true },
        ];
        const moments = Array.from({ length: steps.length }, () => Math.random() * spreadMs).sort((a, b) => a - b);
        let last = 0;
        for (const [k, step] of steps.entries()) {
          await sleep(Math.max(0, moments[k] - last));
          last = moments[k];
          const sent = performance.now();
          const ack = await emit(tabsOfOne[k % tabsOfOne.length], "vote:allocate", { roundId: round.id, itemId: itemIds[step.item], points: step.points });
          latencies.push(performance.now() - sent);
          if (step.extra) {
            if (!ack.ok && ack.code === "budgetExceeded") extraRefused++;
            else unexpected.push(ack.ok ? "extra point accepted" : ack.code);
          } else if (!ack.ok) unexpected.push(ack.code);
        }
      }),
    );
    const elapsed = performance.now() - t0;

    const close = await emit(fac, "vote:close", { roundId: round.id });
    if (!close.ok) throw new Error(`close failed: ${close.code}`);
    const rows = await db.ballotItem.findMany({ where: { roundId: round.id } });
    const stored = new Map<string, Map<string, number>>();
    for (const row of rows) stored.set(row.participantId, (stored.get(row.participantId) ?? new Map()).set(row.itemId, row.dots));
    let mismatched = 0;
    let overBudget = 0;
    for (const [participantId, final] of intended) {
      const mine = stored.get(participantId) ?? new Map<string, number>();
      if (final.some((p, i) => (mine.get(itemIds[i]) ?? 0) !== p)) mismatched++;
      if ([...mine.values()].reduce((s, p) => s + p, 0) > budget) overBudget++;
    }
    const items = await db.votingItem.findMany({ where: { roundId: round.id } });
    const storedTotal = rows.reduce((s, r) => s + r.dots, 0);
    const totals = items.reduce((s, i) => s + i.dots, 0);

    const p = (q: number) => percentile(latencies, q).toFixed(1);
    console.log(`bench:points  ${participants} participants × ${budget} points over ${itemIds.length} items (${itemIds.length} splits, 2 changes, +1 refused each)${tabs > 1 ? `, ${tabs} tabs each` : ""}, ${onPostgres ? "PostgreSQL" : "SQLite"}`);
    console.log(`  allocations sent  ${latencies.length} in ${(elapsed / 1000).toFixed(2)} s (${(latencies.length / (elapsed / 1000)).toFixed(0)}/s)`);
    console.log(`  ack latency ms    p50 ${p(50)}  p95 ${p(95)}  p99 ${p(99)}  max ${Math.max(...latencies).toFixed(1)}`);
    console.log(`  stored            ${storedTotal} points (expected ${participants * budget}); item totals at close ${totals}`);
    console.log(`  ballots not as last accepted ${mismatched}   over budget ${overBudget}`);
    console.log(`  extra point refused ${extraRefused}/${participants} with budgetExceeded; unexpected ${unexpected.length}${unexpected.length ? ` (${[...new Set(unexpected)].join(", ")})` : ""}`);
    reportResult([
      storedTotal !== participants * budget && "points lost or added",
      totals !== storedTotal && "item totals ≠ stored points",
      mismatched !== 0 && "ballots differ from the last accepted split",
      overBudget !== 0 && "over budget",
      extraRefused !== participants && "extra points not all refused",
      unexpected.length !== 0 && "unexpected refusals",
      elapsed > limitMs && `took longer than ${limitMs / 1000} s`,
    ]);
  } finally {
    for (const s of sockets) s.disconnect();
    await db.$disconnect();
    await server.stop();
    await postgres?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
