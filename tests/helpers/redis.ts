// A throw-away Redis for tests and benchmarks: Debian's redis-server as a child process on a
// free loopback port, no persistence (a restart starts empty, like a Redis that lost its
// memory), its own working directory. restart() stops it and starts it again on the same port,
// which is what the "Redis restarts mid-meeting" tests need.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "./server";

export interface TestRedis {
  url: string;
  port: number;
  /** Stops the server (SIGTERM), waits, and starts a fresh one on the same port. */
  restart(options?: { downMs?: number }): Promise<void>;
  /** Stops the server and deletes its files. */
  stop(): Promise<void>;
}

/** REDIS_SERVER, else redis-server on PATH or in /usr/bin. */
function binary(): string | undefined {
  if (process.env.REDIS_SERVER) return process.env.REDIS_SERVER;
  for (const dir of (process.env.PATH ?? "").split(path.delimiter).concat("/usr/bin", "/usr/sbin")) {
    const file = path.join(dir, "redis-server");
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}

export function redisAvailable(): boolean {
  return binary() !== undefined;
}

/** Like requirePostgresInCi: locally a missing Redis skips the tests; in CI it is an error. */
export function requireRedisInCi(): boolean {
  if (redisAvailable()) return true;
  if (process.env.CI === "true") throw new Error("redis-server is not installed but CI=true: run scripts/install-test-deps.sh (or set REDIS_SERVER)");
  return false;
}

function waitForPort(port: number, child: ChildProcess, output: () => string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`redis-server exited with ${child.exitCode}:\n${output()}`));
      const probe = net.connect(port, "127.0.0.1");
      probe.once("connect", () => {
        probe.end();
        resolve();
      });
      probe.once("error", () => {
        probe.destroy();
        if (Date.now() > deadline) reject(new Error(`redis-server did not listen on ${port}:\n${output()}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
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
    await waitForPort(port, started, () => output);
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
