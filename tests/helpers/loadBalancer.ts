// A real load balancer for the multi-instance tests: Debian's HAProxy as a child process on a
// free loopback port, configured from docs/deploy/haproxy.cfg, the file the deployment guide
// tells people to use. Only its `bind` line and its `server` lines are replaced (by the
// loopback address to listen on and the instances to balance); everything else, health
// checks on /api/ready, WebSocket timeouts, stickiness, redispatch, is the shipped file.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./server";
import { findBinary, waitForPort } from "./childProcesses";

export const shippedConfig = path.resolve(import.meta.dirname, "../../docs/deploy/haproxy.cfg");

export interface LoadBalancer {
  url: string;
  port: number;
  /** The generated configuration, for messages. */
  config: string;
  output(): string;
  stop(): Promise<void>;
}

const binary = () => findBinary("haproxy", "HAPROXY");

export function loadBalancerAvailable(): boolean {
  return binary() !== undefined;
}

export function requireLoadBalancerInCi(): boolean {
  if (loadBalancerAvailable()) return true;
  if (process.env.CI === "true") throw new Error("haproxy is not installed but CI=true: run scripts/install-test-deps.sh (or set HAPROXY)");
  return false;
}

/** The shipped configuration with its bind and server lines replaced. */
export function generateConfig(shipped: string, listen: { host: string; port: number }, instances: Array<{ name: string; host: string; port: number }>): string {
  const lines = shipped.split("\n");
  const bind = lines.findIndex((line) => /^\s*bind\s/.test(line));
  const servers = lines.flatMap((line, i) => (/^\s*server\s/.test(line) ? [i] : []));
  if (bind < 0 || servers.length === 0) throw new Error("the shipped HAProxy config has no bind or no server line");
  const indent = (line: string) => /^\s*/.exec(line)![0];
  const out = [...lines];
  out[bind] = `${indent(lines[bind])}bind ${listen.host}:${listen.port}`;
  const template = lines[servers[0]];
  const serverLines = instances.map(({ name, host, port }) => {
    // Keep the shipped options (check, cookie …), with each instance's own name as its cookie.
    const options = template.trim().split(/\s+/).slice(3).join(" ").replace(/\bcookie\s+\S+/, `cookie ${name}`);
    return `${indent(template)}server ${name} ${host}:${port} ${options}`;
  });
  // All server lines out, the generated ones in where the first stood.
  for (const i of servers.slice().reverse()) out.splice(i, 1);
  out.splice(servers[0], 0, ...serverLines);
  return out.join("\n");
}


export async function startLoadBalancer(instances: Array<{ name: string; port: number }>, listenPort?: number): Promise<LoadBalancer> {
  const file = binary();
  if (!file) throw new Error("haproxy not found (install it with scripts/install-test-deps.sh, or set HAPROXY)");
  const port = listenPort ?? (await freePort());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samla-haproxy-"));
  const config = generateConfig(
    fs.readFileSync(shippedConfig, "utf8"),
    { host: "127.0.0.1", port },
    instances.map((i) => ({ ...i, host: "127.0.0.1" })),
  );
  const configFile = path.join(dir, "haproxy.cfg");
  fs.writeFileSync(configFile, config);
  // -c first: a config error says so in one line instead of a child that exits at once.
  const check = spawn(file, ["-c", "-q", "-f", configFile], { stdio: ["ignore", "pipe", "pipe"] });
  let checkOutput = "";
  check.stderr?.on("data", (c) => (checkOutput += c));
  check.stdout?.on("data", (c) => (checkOutput += c));
  const checkCode = await new Promise<number | null>((resolve) => check.once("exit", resolve));
  if (checkCode !== 0) throw new Error(`the generated HAProxy config does not load:\n${checkOutput}\n${config}`);

  // -db: stay in the foreground, so the child is HAProxy itself.
  const child = spawn(file, ["-db", "-f", configFile], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const killSync = () => {
    if (child.exitCode === null) child.kill("SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", killSync);
  await waitForPort("haproxy", port, child, () => output);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    config,
    output: () => output,
    async stop() {
      process.removeListener("exit", killSync);
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        // SIGUSR1 is HAProxy's soft stop; SIGTERM stops at once, which is what a test wants.
        child.kill("SIGTERM");
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
