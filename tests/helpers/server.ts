// Starts the real Samla server (server/main.ts) as a child process on a free port with its
// own temporary data directory, the way integration tests and benchmarks need it.
// Requires a production build (`npx next build`); `npm test` builds first.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  databaseUrl: string;
  child: ChildProcess;
  output: () => string;
  /**
   * SIGTERM and wait for the exit code. A server still running `withinMs` later is killed and
   * the call fails, naming the hang instead of leaving a test hook to time out.
   */
  stop(withinMs?: number): Promise<number | null>;
  /** SIGKILL: the process dies mid-stream, like a power cut. */
  kill(): Promise<void>;
}

export interface StartOptions {
  /** Reuse a database (e.g. after a kill); default: a new SQLite file in a temp dir. */
  databaseUrl?: string;
  dataDir?: string;
  env?: Record<string, string>;
  port?: number;
  /** Extra Node.js flags for the server process (e.g. --cpu-prof for a benchmark). */
  nodeArgs?: string[];
}

const root = path.resolve(import.meta.dirname, "../..");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "samla-test-"));
  const databaseUrl = options.databaseUrl ?? `file:${path.join(dataDir, "samla.db")}`;
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), "--import", "tsx", "server/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      SAMLA_LOG: process.env.SAMLA_LOG ?? "error",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server did not become healthy within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    url,
    port,
    dataDir,
    databaseUrl,
    child,
    output: () => output,
    async stop(withinMs = 30_000) {
      if (child.exitCode === null) child.kill("SIGTERM");
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), withinMs)));
      const outcome = await Promise.race([exited, late]);
      clearTimeout(timer);
      if (outcome !== "late") return outcome;
      child.kill("SIGKILL");
      await exited;
      throw new Error(`server was still running ${withinMs / 1000} s after SIGTERM:\n${output.slice(-4_000)}`);
    },
    async kill() {
      if (child.exitCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
}
