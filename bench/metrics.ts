// npm run bench:metrics [-- --participants=100 --seconds=15]
// N simulated participants, one board edit per second each, on the real server (SQLite, acks
// on), while a scraper reads /metrics every second with its token the way Prometheus would.
// Prints, per second: updates and acks per second, the durable-ack latency quantiles over that
// second (from the histogram's bucket deltas), open connections and event-loop lag; then the
// same over the whole run, next to the latency the clients measured themselves. Loopback only,
// bounded in time.
import { createDb } from "../server/platform/db/client";
import { startServer } from "../tests/helpers/server";
import { seedBoard } from "./lib/boardFixture";
import { connectAll, editEverySecond, Participant, percentile, type LoadStats } from "./lib/loadClients";
import { delta, histogram, quantile, scrape, type Samples } from "./lib/scrape";

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")));
const participants = Number(args.participants ?? 100);
const seconds = Math.min(Number(args.seconds ?? 15), 120);
const authSecret = "bench-metrics-secret-0123456789abcdefg";
const token = "bench-metrics-token-0123456789ab";
const ack = "samla_board_durable_ack_seconds";
const ms = (s: number) => (Number.isFinite(s) ? `${(s * 1000).toFixed(1)} ms` : "–");

async function main() {
  const server = await startServer({ env: { AUTH_SECRET: authSecret, METRICS_TOKEN: token } });
  try {
    const db = createDb(server.databaseUrl);
    const fx = await seedBoard(db, authSecret, participants);
    await db.$disconnect();
    const unauthorised = (await fetch(`${server.url}/metrics`)).status;
    const stats: LoadStats = { propagation: [], acks: [], sent: 0 };
    const wsBase = server.url.replace(/^http/, "ws");
    const people = await connectAll(participants, (i) => new Participant(`${wsBase}/yjs/${fx.boardId}?acks=1&token=${fx.tokens[i]}`, stats, i < 5));
    const stop = editEverySecond(people);
    const first = await scrape(server.url, token);
    let previous: Samples = first;
    console.log(`${participants} participants, ${seconds} s; /metrics without the token: ${unauthorised}`);
    console.log("second  updates/s  acks/s  ack p50    ack p95    ack p99    board conns  loop lag");
    for (let second = 1; second <= seconds; second++) {
      await new Promise((r) => setTimeout(r, 1000));
      const now = await scrape(server.url, token);
      const step = delta(histogram(now, ack), histogram(previous, ack));
      const updates = (now.get("samla_board_updates_total") ?? 0) - (previous.get("samla_board_updates_total") ?? 0);
      const acks = (now.get("samla_board_acks_total") ?? 0) - (previous.get("samla_board_acks_total") ?? 0);
      console.log(
        [String(second).padStart(6), String(updates).padStart(9), String(acks).padStart(7), ms(quantile(step, 0.5)).padStart(9), ms(quantile(step, 0.95)).padStart(9), ms(quantile(step, 0.99)).padStart(9), String(now.get('samla_connections{kind="board"}')).padStart(12), ms(now.get("nodejs_eventloop_lag_seconds") ?? NaN).padStart(9)].join("  "),
      );
      previous = now;
    }
    stop();
    const whole = delta(histogram(previous, ack), histogram(first, ack));
    console.log(`whole run: ${whole.count} acknowledged updates; server-side ack p50 ${ms(quantile(whole, 0.5))}, p95 ${ms(quantile(whole, 0.95))}, p99 ${ms(quantile(whole, 0.99))}`);
    console.log(`clients measured: ack p50 ${stats.acks.length ? percentile(stats.acks, 50).toFixed(1) : "–"} ms, p95 ${stats.acks.length ? percentile(stats.acks, 95).toFixed(1) : "–"} ms over ${stats.acks.length} samples`);
    for (const p of people) p.close();
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
