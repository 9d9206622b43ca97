// `npm start` builds first when there is no current production build: the build's inputs
// (sources, messages, config, lockfile) are hashed and compared with the last build's hash.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const inputs = ["app", "components", "lib", "i18n", "messages", "server", "prisma", "next.config.js", "instrumentation-client.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const skip = new Set(["node_modules", ".next", "generated"]);

function* files(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return;
  if (fs.statSync(full).isFile()) return yield entry;
  for (const name of fs.readdirSync(full).sort()) {
    if (skip.has(name) || name.endsWith(".test.ts") || name.endsWith(".test.tsx")) continue;
    yield* files(path.join(entry, name));
  }
}

const hash = createHash("sha256");
for (const input of inputs) for (const file of files(input)) hash.update(file).update(fs.readFileSync(path.join(root, file)));
const digest = hash.digest("hex");
const stamp = path.join(root, ".next", "samla-build-hash");

const current = fs.existsSync(path.join(root, ".next", "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === digest;
if (current && !process.argv.includes("--force")) {
  console.log("Samla: the production build is current.");
} else {
  console.log("Samla: building for production (first start or changed sources) …");
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
  execFileSync(process.execPath, [path.join(root, "scripts", "prisma-generate.mjs")], { stdio: "inherit", cwd: root, env });
  execFileSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], { stdio: "inherit", cwd: root, env });
  fs.writeFileSync(stamp, digest);
}
