// npm run bench:cluster [-- --participants=100 --seconds=15 --single=1]
// Two Samla instances on one PostgreSQL and one Redis; N participants on one board, split
// between them, one edit per second each. Watchers on both instances time every edit they
// receive: from a sender on their own instance (the single-instance figure of the same run)
// and from the other instance (through the relay). Prints propagation p50/p95/p99 of both,
// durable-ack latency on PostgreSQL, CPU per instance and Redis memory. With --single=1
// (default) the same load then runs on one instance on PostgreSQL and on one on SQLite.
// Loopback only, bounded in time.
import { Redis } from "ioredis";
import { createDb } from "../server/platform/db/client";
import { startCluster } from "../tests/helpers/cluster";
import { startPostgres } from "../tests/helpers/postgres";
import { startServer, type RunningServer } from "../tests/helpers/server";
import { seedBoard } from "./lib/boardFixture";
import { connectAll, editEverySecond, Participant, percentile, type LoadStats } from "./lib/loadClients";
import { cpuSeconds } from "./lib/processStats";

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")));
const n = Number(args.participants ?? 100);
const seconds = Number(args.seconds ?? 15);
const single = (args.single ?? "1") !== "0";
const watchersPerInstance = 5;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fmt = (values: number[]) => `p50 ${percentile(values, 50).toFixed(1)}  p95 ${percentile(values, 95).toFixed(1)}  p99 ${percentile(values, 99).toFixed(1)}  (n=${values.length})`;

/** Runs the load with participant i on servers[i % servers.length]; returns stats and CPU %. */
async function load(servers: RunningServer[], boardId: string, tokens: string[]) {
  const stats: LoadStats = { propagation: [], acks: [], sent: 0, cross: servers.length > 1 ? [] : undefined };
  const participants = await connectAll(n, (i) => {
    const server = servers[i % servers.length];
    const url = `${server.url.replace(/^http/, "ws")}/yjs/${boardId}?acks=1&token=${tokens[i]}`;
    return new Participant(url, stats, Math.floor(i / servers.length) < watchersPerInstance, String(i % servers.length));
  });
  const stopEditing = editEverySecond(participants);
  await sleep(2000); // warm-up: the first edits create notes
  stats.propagation.length = 0;
  stats.acks.length = 0;
  if (stats.cross) stats.cross.length = 0;
  const cpuBefore = servers.map((s) => cpuSeconds(s.child.pid!));
  const t0 = performance.now();
  await sleep(seconds * 1000);
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = servers.map((s, i) => ((cpuSeconds(s.child.pid!) - cpuBefore[i]) / elapsed) * 100);
  stopEditing();
  await sleep(500);
  for (const p of participants) p.close();
  return { stats, cpu };
}

async function main() {
  console.log(`bench:cluster  ${n} participants on one board, one edit per second each, ${seconds} s`);
  const cluster = await startCluster({ instances: 2, withoutLoadBalancer: true, database: "samla_bench_cluster" });
  const redis = new Redis(cluster.redis.url);
  try {
    const db = createDb(cluster.databaseUrl);
    const board = await seedBoard(db, cluster.authSecret, n);
    await db.$disconnect();
    const { stats, cpu } = await load(cluster.instances, board.boardId, board.tokens);
    const memory = /used_memory:(\d+)/.exec(await redis.info("memory"))?.[1];
    const same = percentile(stats.propagation, 95);
    const cross = percentile(stats.cross!, 95);
    console.log("2 instances, PostgreSQL + Redis, participants split between them:");
    console.log(`  propagation, same instance   ms  ${fmt(stats.propagation)}`);
    console.log(`  propagation, other instance  ms  ${fmt(stats.cross!)}`);
    console.log(`  cross / same at p95              ${(cross / same).toFixed(2)}× (target ≤ 2×)`);
    console.log(`  durable ack (PostgreSQL)     ms  ${fmt(stats.acks)}  (target p95 ≤ 25 ms)`);
    console.log(`  CPU per instance                 ${cpu.map((c) => `${c.toFixed(0)} %`).join(", ")}`);
    console.log(`  Redis used memory                ${(Number(memory) / 1024 / 1024).toFixed(1)} MiB`);
  } finally {
    redis.disconnect();
    await cluster.stop();
  }
  if (!single) return;

  for (const flavour of ["postgresql", "sqlite"] as const) {
    const postgres = flavour === "postgresql" ? await startPostgres() : null;
    const authSecret = "bench-cluster-secret-0123456789abcdefghij";
    const server = await startServer({ databaseUrl: postgres ? await postgres.createDatabase("samla_bench_single") : undefined, env: { AUTH_SECRET: authSecret } });
    try {
      const db = createDb(server.databaseUrl);
      const board = await seedBoard(db, authSecret, n);
      await db.$disconnect();
      const { stats, cpu } = await load([server], board.boardId, board.tokens);
      console.log(`1 instance, ${flavour === "sqlite" ? "SQLite" : "PostgreSQL"}:`);
      console.log(`  propagation                  ms  ${fmt(stats.propagation)}`);
      console.log(`  durable ack                  ms  ${fmt(stats.acks)}`);
      console.log(`  CPU                              ${cpu[0].toFixed(0)} %`);
    } finally {
      await server.stop();
      await postgres?.stop();
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
