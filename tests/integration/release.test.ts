// The offline release: `npm run release` builds dist/samla-<version>.tar.gz; it is unpacked in
// a temporary folder and started inside a network namespace of its own (unshare -n: no
// interface but loopback, so no registry, no DNS, nothing outside), where it must migrate a
// new database and answer the health check and the landing page. Needs root for unshare
// (CI runs as root); slow (the build and the archive take minutes).
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const version = (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;

function canUnshare(): boolean {
  try {
    execFileSync("unshare", ["-n", "true"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

// Inside the namespace: bring loopback up, start Samla, probe it with Node's fetch, print what
// it saw as one JSON line, stop it.
const probe = `
const os = require("node:os");
const url = "http://127.0.0.1:" + process.env.PORT;
(async () => {
  const interfaces = Object.keys(os.networkInterfaces());
  let health = null;
  for (let i = 0; i < 120 && !health; i++) {
    try { const r = await fetch(url + "/api/health"); if (r.ok) health = await r.json(); } catch {}
    if (!health) await new Promise((r) => setTimeout(r, 500));
  }
  const landing = await fetch(url + "/");
  const html = await landing.text();
  let outside = "unreachable";
  try { await fetch("http://registry.npmjs.org/", { signal: AbortSignal.timeout(3000) }); outside = "reachable"; } catch {}
  console.log(JSON.stringify({ interfaces, health, landing: landing.status, title: /<title>([^<]*)<\\/title>/.exec(html)?.[1] ?? null, outside }));
})();
`;

describe.skipIf(!canUnshare() && !process.env.CI)("offline release", () => {
  it("unpacks and starts with no network: migrates, answers health and the landing page", { timeout: 15 * 60_000 }, async () => {
    await run("npm", ["run", "--silent", "release"], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    const archive = path.join(root, "dist", `samla-${version}.tar.gz`);
    const bytes = fs.statSync(archive).size;
    console.log(`archive ${path.relative(root, archive)}: ${(bytes / 1024 / 1024).toFixed(1)} MiB`);

    const unpacked = fs.mkdtempSync(path.join(os.tmpdir(), "samla-release-"));
    await run("tar", ["-xzf", archive, "-C", unpacked]);
    const home = path.join(unpacked, `samla-${version}`);
    expect(fs.existsSync(path.join(home, "samla"))).toBe(true);
    expect(fs.existsSync(path.join(home, "docs", "deploy.md"))).toBe(true);
    fs.writeFileSync(path.join(unpacked, "probe.cjs"), probe);
    const dataDir = path.join(unpacked, "data");
    const script = `ip link set lo up; "${home}/samla" > "${unpacked}/server.log" 2>&1 & node "${unpacked}/probe.cjs"; kill $!; wait`;
    // A clean environment: nothing of this checkout (no NODE_OPTIONS, no DATABASE_URL) leaks in.
    const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: unpacked, NODE_ENV: "production", PORT: "3823", HOST: "127.0.0.1", DATA_DIR: dataDir, SAMLA_LOG: "info" } as const;
    const { stdout } = await run("unshare", ["-n", "sh", "-c", script], { env, cwd: unpacked, timeout: 180_000 });
    const seen = JSON.parse(stdout.trim().split("\n").pop()!) as { interfaces: string[]; health: { status: string; db: string; version: string } | null; landing: number; title: string | null; outside: string };
    const log = fs.readFileSync(path.join(unpacked, "server.log"), "utf8");
    expect(seen.interfaces, log).toEqual(["lo"]);
    expect(seen.outside).toBe("unreachable");
    expect(seen.health, log).toMatchObject({ status: "ok", db: "ok", version });
    expect(seen.landing, log).toBe(200);
    expect(seen.title).toMatch(/Samla/);
    // It migrated a new database in DATA_DIR.
    expect(log).toMatch(/applied migrations/);
    expect(fs.existsSync(path.join(dataDir, "samla.db"))).toBe(true);
    fs.rmSync(unpacked, { recursive: true, force: true });
  });
});
