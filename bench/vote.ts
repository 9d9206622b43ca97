// npm run bench:vote [-- --participants=300 --budget=5 --seconds=8 --board-load=0 --profile=<dir>
//                        --postgres --tabs=1 --retractions=0 --instances=1]
// (--profile writes a V8 CPU profile of the server process into <dir>; --board-load=N has N
// more people editing one board once a second meanwhile: the board log's writer thread then
// takes SQLite's write lock for every edit, and casts on the server thread may wait for it;
// --postgres runs the server on a throw-away PostgreSQL instead of SQLite; --tabs=2 gives each
// participant two connections, their dots sent from each in turn; --retractions=N has each
// participant take back N dots along the way and cast them again; --instances=2 runs two
// instances on one PostgreSQL and one Redis, each participant's tabs spread over them)
// N simulated participants (real socket.io clients) spend their whole budget on the real
// server within a few seconds, each then trying one dot too many. Prints ack latency
// p50/p95/p99 and checks the totals in the database: every accepted dot stored (0 lost), nobody
// over budget, every extra dot refused with "budgetSpent". Loopback only, bounded in time.
import type { Socket } from "socket.io-client";
import path from "node:path";
import { createDb } from "../server/platform/db/client";
import { startServer } from "../tests/helpers/server";
import { startPostgres, type TestPostgres } from "../tests/helpers/postgres";
import { startCluster, type Cluster } from "../tests/helpers/cluster";
import { signUpAndIn } from "../tests/helpers/auth";
import { connect, emit, roundItems, seedVoting } from "../tests/integration/votingFixture";
import { seedBoard } from "./lib/boardFixture";
import { reportResult } from "./lib/result";
import { Participant, percentile, type LoadStats } from "./lib/loadClients";

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")));
const participants = Number(args.participants ?? 300);
const budget = Number(args.budget ?? 5);
const maxPerItem = 2;
const spreadMs = Number(args.seconds ?? 8) * 1000;
const boardLoad = Number(args["board-load"] ?? 0);
const instances = Number(args.instances ?? 1);
const onPostgres = "postgres" in args || instances > 1;
const tabs = Math.max(1, Number(args.tabs ?? 1));
const retractions = Number(args.retractions ?? 0);
const limitMs = 10_000;
const authSecret = "bench-vote-secret-0123456789abcdefghijkl";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  let postgres: TestPostgres | undefined;
  let cluster: Cluster | undefined;
  let databaseUrl: string | undefined;
  if (instances > 1) {
    cluster = await startCluster({ instances, withoutLoadBalancer: true, authSecret, database: "samla_bench_vote" });
  } else if (onPostgres) {
    postgres = await startPostgres();
    databaseUrl = await postgres.createDatabase("samla_bench_vote");
  }
  const server =
    cluster?.instances[0] ??
    (await startServer({
      databaseUrl,
      env: { AUTH_SECRET: authSecret, SIGNUP_OPEN: "true" },
      nodeArgs: args.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(args.profile)}`] : [],
    }));
  // Tab t of participant n connects to instance (n + t) mod instances.
  const urls = cluster ? cluster.instances.map((i) => i.url) : [server.url];
  const db = createDb(server.databaseUrl);
  const sockets: Socket[] = [];
  try {
    const facilitator = await signUpAndIn(server.url, { name: "Bench", email: "bench@example.no", password: "et langt og trygt passord" });
    const areas = ["Psykisk helse", "Bolig", "Skole", "Arbeid", "Transport", "Frivillighet", "Klima", "Eldre"];
    const fixture = await seedVoting(db, authSecret, { ownerEmail: "bench@example.no", participants, areas });
    const fac = await connect(server.url, fixture.workshopId, facilitator.sessionToken);
    sockets.push(fac);
    // voters[n] holds participant n's connections (their tabs).
    const voters: Socket[][] = [];
    for (let i = 0; i < participants; i += 25) {
      const batch = await Promise.all(
        fixture.participants.slice(i, i + 25).map((p, j) => Promise.all(Array.from({ length: tabs }, (_, t) => connect(urls[(i + j + t) % urls.length], fixture.workshopId, p.token)))),
      );
      voters.push(...batch);
      sockets.push(...batch.flat());
    }

    // Board traffic alongside the vote, one edit per person per second, spread evenly.
    const boardStats: LoadStats = { propagation: [], acks: [], sent: 0 };
    const editors: Participant[] = [];
    const editTimers: NodeJS.Timeout[] = [];
    if (boardLoad > 0) {
      const board = await seedBoard(db, authSecret, boardLoad);
      const wsBase = server.url.replace(/^http/, "ws");
      for (let i = 0; i < boardLoad; i++) editors.push(new Participant(`${wsBase}/yjs/${board.boardId}?acks=1&token=${board.tokens[i]}`, boardStats, false));
      await Promise.all(editors.map((e) => e.ready()));
      editors.forEach((editor, i) => editTimers.push(setTimeout(() => editTimers.push(setInterval(() => editor.edit(), 1000)), (i * 1000) / boardLoad)));
      await sleep(2000);
      boardStats.acks.length = 0;
    }

    const open = await emit(fac, "vote:open", { title: "Bench", items: roundItems(fixture), settings: { budget, maxPerItem, anonymous: true, showLive: false } });
    if (!open.ok) throw new Error(`open failed: ${open.code}`);
    const round = open.round as { id: string; items: { id: string }[] };
    const itemIds = round.items.map((i) => i.id);

    const latencies: number[] = [];
    let accepted = 0;
    let extraRefused = 0;
    const unexpected: string[] = [];
    const t0 = performance.now();
    let retracted = 0;
    await Promise.all(
      voters.map(async (tabsOfOne, n) => {
        const mine = new Map<string, number>();
        // What this person does, in order: their dots, a few taken back (each after the dot
        // before it) and cast again, and last one dot too many.
        const actions: Array<"cast" | "retract"> = Array.from({ length: budget }, () => "cast");
        for (let r = 0; r < Math.min(retractions, budget); r++) actions.splice(2 + r * 3, 0, "retract", "cast");
        actions.push("cast");
        // At random moments across the window, like people clicking.
        const moments = Array.from({ length: actions.length }, () => Math.random() * spreadMs).sort((a, b) => a - b);
        let last = 0;
        for (const [k, at] of moments.entries()) {
          await sleep(Math.max(0, at - last));
          last = at;
          const kind = actions[k];
          const socket = tabsOfOne[k % tabsOfOne.length];
          const free = itemIds.filter((id) => (mine.get(id) ?? 0) < maxPerItem);
          const itemId = kind === "cast" ? free[(n + k) % free.length] : [...mine.keys()].find((id) => (mine.get(id) ?? 0) > 0)!;
          const sent = performance.now();
          const ack = await emit(socket, `vote:${kind}`, { roundId: round.id, itemId });
          latencies.push(performance.now() - sent);
          last = Math.max(last, performance.now() - t0);
          if (ack.ok) {
            if (kind === "cast") accepted++;
            else retracted++;
            mine.set(itemId, (mine.get(itemId) ?? 0) + (kind === "cast" ? 1 : -1));
          } else if (k === actions.length - 1 && ack.code === "budgetSpent") extraRefused++;
          else unexpected.push(ack.code);
        }
      }),
    );
    const elapsed = performance.now() - t0;
    for (const timer of editTimers) clearTimeout(timer);
    for (const editor of editors) editor.close();

    // Closing writes each item's total from the ballot rows; both must hold every accepted dot.
    const close = await emit(fac, "vote:close", { roundId: round.id });
    if (!close.ok) throw new Error(`close failed: ${close.code}`);
    const rows = await db.ballotItem.findMany({ where: { roundId: round.id } });
    const spent = new Map<string, number>();
    for (const row of rows) spent.set(row.participantId, (spent.get(row.participantId) ?? 0) + row.dots);
    const items = await db.votingItem.findMany({ where: { roundId: round.id } });
    const stored = rows.reduce((s, r) => s + r.dots, 0);
    const totals = items.reduce((s, i) => s + i.dots, 0);
    const overBudget = [...spent.values()].filter((d) => d > budget).length;
    const lost = participants * budget - stored;
    const net = accepted - retracted;
    const short = [...spent.values()].filter((d) => d < budget).length + (participants - spent.size);

    const p = (q: number) => percentile(latencies, q).toFixed(1);
    const database = instances > 1 ? `${instances} instances on PostgreSQL + Redis` : onPostgres ? "PostgreSQL" : "SQLite";
    const shape = `${tabs > 1 ? `${tabs} tabs each, ` : ""}${retractions > 0 ? `${retractions} taken back and cast again each, ` : ""}`;
    console.log(`bench:vote  ${participants} participants × ${budget} dots (+1 refused each), ${shape}cap ${maxPerItem}, ${database}${boardLoad > 0 ? `, ${boardLoad} editing a board meanwhile` : ""}`);
    console.log(`  casts sent        ${latencies.length} in ${(elapsed / 1000).toFixed(2)} s (${(latencies.length / (elapsed / 1000)).toFixed(0)}/s)`);
    console.log(`  ack latency ms    p50 ${p(50)}  p95 ${p(95)}  p99 ${p(99)}  max ${Math.max(...latencies).toFixed(1)}`);
    if (boardLoad > 0) console.log(`  board alongside   ${boardLoad} people, ${boardStats.acks.length} edits acknowledged during the vote, durable-ack p95 ${percentile(boardStats.acks, 95).toFixed(1)} ms`);
    console.log(`  accepted          ${net} net (${accepted} casts, ${retracted} taken back; expected ${participants * budget}); stored in database ${stored}, item totals at close ${totals}`);
    console.log(`  lost              ${lost}   participants short of budget ${short}`);
    console.log(`  over budget       ${overBudget}`);
    console.log(`  extra dot refused ${extraRefused}/${participants} with budgetSpent; unexpected refusals ${unexpected.length}${unexpected.length ? ` (${[...new Set(unexpected)].join(", ")})` : ""}`);
    reportResult([
      lost !== 0 && "lost votes",
      stored !== net && "stored ≠ accepted",
      totals !== stored && "item totals ≠ stored dots",
      overBudget !== 0 && "over budget",
      extraRefused !== participants && "extra dots not all refused",
      unexpected.length !== 0 && "unexpected refusals",
      elapsed > limitMs && `took longer than ${limitMs / 1000} s`,
      percentile(latencies, 95) >= 50 && "ack p95 ≥ 50 ms",
    ]);
  } finally {
    for (const s of sockets) s.disconnect();
    await db.$disconnect();
    if (cluster) await cluster.stop();
    else await server.stop();
    await postgres?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
