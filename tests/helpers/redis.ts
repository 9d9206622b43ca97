// A throw-away Redis for tests and benchmarks: Debian's redis-server as a child process on a
// free loopback port, no persistence (a restart starts empty, like a Redis that lost its
// memory), its own working directory. restart() stops it and starts it again on the same port,
// which is what the "Redis restarts mid-meeting" tests need.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./server";
import { findBinary, waitForPort } from "./childProcesses";

export interface TestRedis {
  url: string;
  port: number;
  /** Stops the server (SIGTERM), waits, and starts a fresh one on the same port. */
  restart(options?: { downMs?: number }): Promise<void>;
  /** Stops the server and deletes its files. */
  stop(): Promise<void>;
}

const binary = () => findBinary("redis-server", "REDIS_SERVER");

export function redisAvailable(): boolean {
  return binary() !== undefined;
}

/** Like requirePostgresInCi: locally a missing Redis skips the tests; in CI it is an error. */
export function requireRedisInCi(): boolean {
  if (redisAvailable()) return true;
  if (process.env.CI === "true") throw new Error("redis-server is not installed but CI=true: run scripts/install-test-deps.sh (or set REDIS_SERVER)");
  return false;
}


export async function startRedis(): Promise<TestRedis> {
  const file = binary();
  if (!file) throw new Error("redis-server not found (install it with scripts/install-test-deps.sh, or set REDIS_SERVER)");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samla-redis-"));
  const port = await freePort();
  let child: ChildProcess | null = null;
  let output = "";

  const launch = async () => {
    output = "";
    // Foreground (no --daemonize) so the child is this process and dies with a kill of it.
    const started = spawn(file, ["--bind", "127.0.0.1", "--port", String(port), "--save", "", "--appendonly", "no", "--dir", dir, "--protected-mode", "yes", "--loglevel", "warning"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    started.stdout?.on("data", (chunk) => (output += chunk));
    started.stderr?.on("data", (chunk) => (output += chunk));
    child = started;
    await waitForPort("redis-server", port, started, () => output);
  };

  const halt = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGTERM");
    await exited;
  };

  const killSync = () => {
    if (child && child.exitCode === null) child.kill("SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", killSync);

  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async restart({ downMs = 0 } = {}) {
      await halt();
      if (downMs > 0) await new Promise((resolve) => setTimeout(resolve, downMs));
      await launch();
    },
    async stop() {
      process.removeListener("exit", killSync);
      await halt();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
