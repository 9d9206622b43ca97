// What the helpers that run Debian's servers as child processes share: finding the binary and
// waiting until the child listens.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

/** `process.env[override]`, else `name` on PATH or in /usr/sbin or /usr/bin. */
export function findBinary(name: string, override: string): string | undefined {
  if (process.env[override]) return process.env[override];
  for (const dir of (process.env.PATH ?? "").split(path.delimiter).concat("/usr/sbin", "/usr/bin")) {
    const file = path.join(dir, name);
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}

/** Resolves once 127.0.0.1:port accepts a connection; rejects if the child exits first. */
export function waitForPort(name: string, port: number, child: ChildProcess, output: () => string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`${name} exited with ${child.exitCode}:\n${output()}`));
      const probe = net.connect(port, "127.0.0.1");
      probe.once("connect", () => {
        probe.end();
        resolve();
      });
      probe.once("error", () => {
        probe.destroy();
        if (Date.now() > deadline) reject(new Error(`${name} did not listen on ${port}:\n${output()}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}
