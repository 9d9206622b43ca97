// A throw-away PostgreSQL cluster for tests and for authoring migrations: its own data and
// socket directories under the system temp dir, a free loopback port, no fsync, trust auth.
// initdb refuses to run as root, so as root every server command runs as the `postgres` user.
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

export interface TestPostgres {
  /** Connection URL of the cluster's `postgres` database. */
  url: string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server and deletes its files. */
  stop(): Promise<void>;
}

/** PG_BIN_DIR, else the newest /usr/lib/postgresql/<version>/bin that has initdb. */
function binDir(): string | undefined {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR;
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return undefined;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : undefined;
}

export function postgresAvailable(): boolean {
  const dir = binDir();
  return dir !== undefined && fs.existsSync(path.join(dir, "initdb")) && fs.existsSync(path.join(dir, "pg_ctl"));
}

/**
 * Whether PostgreSQL tests should run. Locally a missing PostgreSQL skips them; in CI (CI=true)
 * it throws, because a silently skipped database flavour is how the two schemas drift apart.
 */
export function requirePostgresInCi(): boolean {
  if (postgresAvailable()) return true;
  if (process.env.CI === "true") {
    throw new Error(
      "PostgreSQL is not installed but CI=true: install it (apt-get install -y postgresql) " +
        "or set PG_BIN_DIR to the directory holding initdb and pg_ctl",
    );
  }
  return false;
}

function asRoot(): boolean {
  return process.getuid?.() === 0;
}

/** The command line for a server binary, run as `postgres` when we are root. */
function command(binary: string, args: string[]): [string, string[]] {
  const file = path.join(binDir()!, binary);
  return asRoot() ? ["runuser", ["-u", "postgres", "--", file, ...args]] : [file, args];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function prepareDirectory(): string {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), "samla-pg-"));
  fs.mkdirSync(path.join(base, "sock"));
  if (asRoot()) execFileSync("chown", ["-R", "postgres:", base]);
  return base;
}

export async function startPostgres(): Promise<TestPostgres> {
  if (!postgresAvailable()) throw new Error("PostgreSQL server binaries not found (see PG_BIN_DIR)");
  const base = prepareDirectory();
  const data = path.join(base, "data");
  const [initdb, initArgs] = command("initdb", [
    "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync",
  ]);
  await run(initdb, initArgs, { timeout: 60_000 });

  const port = await freePort();
  const options = [
    "-c listen_addresses=127.0.0.1",
    `-p ${port}`,
    `-k ${path.join(base, "sock")}`,
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=100",
  ].join(" ");
  const [pgCtl, startArgs] = command("pg_ctl", ["-D", data, "-o", options, "-l", path.join(base, "log"), "-w", "-t", "30", "start"]);
  try {
    await run(pgCtl, startArgs, { timeout: 40_000 });
  } catch (error) {
    const log = fs.existsSync(path.join(base, "log")) ? fs.readFileSync(path.join(base, "log"), "utf8") : "";
    fs.rmSync(base, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${String(error)}\n${log}`);
  }

  const [, stopArgs] = command("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
  // A test run that crashes must not leave a server behind; exit handlers must be synchronous.
  const stopSync = () => {
    try {
      execFileSync(pgCtl, stopArgs, { stdio: "ignore", timeout: 20_000 });
    } catch {
      // already stopped
    }
    fs.rmSync(base, { recursive: true, force: true });
  };
  process.once("exit", stopSync);

  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  let stopped = false;
  return {
    url,
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe database name: ${name}`);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
      return `postgresql://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      process.removeListener("exit", stopSync);
      try {
        await run(pgCtl, stopArgs, { timeout: 20_000 });
      } finally {
        fs.rmSync(base, { recursive: true, force: true });
      }
    },
  };
}
