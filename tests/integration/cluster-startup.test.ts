// Start-up rules and checks for several instances: with REDIS_URL set, Samla refuses to start
// without a shared AUTH_SECRET and PostgreSQL (one message naming both); /api/health reports
// Redis; /api/ready is what the load balancer asks, and it answers 503 from SIGTERM on while
// staying 200 when only Redis is away.
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { requirePostgresInCi, startPostgres, type TestPostgres } from "../helpers/postgres";
import { requireRedisInCi, startRedis, type TestRedis } from "../helpers/redis";
import { startServer, type RunningServer } from "../helpers/server";

const run = requirePostgresInCi() && requireRedisInCi();
const root = path.resolve(import.meta.dirname, "../..");
let postgres: TestPostgres | undefined;
let redis: TestRedis | undefined;
let server: RunningServer | undefined;

afterAll(async () => {
  await server?.kill();
  await redis?.stop();
  await postgres?.stop();
});

function startExpectingExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH, NODE_ENV: "production", PORT: "0", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c) => (output += c));
  child.stderr.on("data", (c) => (output += c));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, output })));
}

describe("REDIS_URL start-up rules", () => {
  it("refuses to start without AUTH_SECRET and PostgreSQL, naming both at once", async () => {
    const { code, output } = await startExpectingExit({ REDIS_URL: "redis://127.0.0.1:1", DATA_DIR: path.join(os.tmpdir(), "samla-never-created") });
    expect(code).toBe(2);
    expect(output).toMatch(/AUTH_SECRET: must be set when REDIS_URL is set/);
    expect(output).toMatch(/DATABASE_URL: must be a postgresql:\/\/ URL when REDIS_URL is set/);
  });
});

describe.runIf(run)("health and readiness with Redis", () => {
  it("reports Redis, stays ready without it, and stops being ready when draining", async () => {
    postgres = await startPostgres();
    redis = await startRedis();
    const databaseUrl = await postgres.createDatabase("samla_cluster_startup");
    server = await startServer({
      databaseUrl,
      env: { REDIS_URL: redis.url, AUTH_SECRET: "cluster-startup-secret-0123456789abcdefghij", INSTANCE_ID: "samla-a", DRAIN_SECONDS: "2" },
    });
    const health = await (await fetch(`${server.url}/api/health`)).json();
    expect(health).toMatchObject({ status: "ok", db: "ok", redis: "ok", instance: "samla-a" });
    expect((await fetch(`${server.url}/api/ready`)).status).toBe(200);

    // Redis away: degraded, but still ready (every instance shares Redis).
    await redis.stop();
    const deadline = Date.now() + 10_000;
    let degraded: { status?: string; redis?: string } = {};
    while (Date.now() < deadline) {
      degraded = await (await fetch(`${server.url}/api/health`)).json();
      if (degraded.redis === "unreachable") break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(degraded).toMatchObject({ status: "degraded", redis: "unreachable" });
    expect((await fetch(`${server.url}/api/ready`)).status).toBe(200);

    // SIGTERM: not ready at once, still answering during the drain window, then gone.
    const exited = new Promise<number | null>((resolve) => server!.child.once("exit", resolve));
    server.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    const draining = await fetch(`${server.url}/api/ready`);
    expect(draining.status).toBe(503);
    expect(await draining.json()).toMatchObject({ ready: false, reason: "draining", instance: "samla-a" });
    expect(await exited, server.output()).toBe(0);
    server = undefined;
  });
});
