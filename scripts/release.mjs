// `npm run release`: one archive, dist/samla-<version>.tar.gz, that installs with no network:
// the production build (.next without its cache), the server's sources (run by tsx, which is a
// production dependency), the Prisma clients and migrations (Prisma's WebAssembly engines, no
// download at start), node_modules without the dev dependencies (native modules as built here:
// linux-x64 for this Node.js major version), the start script `samla` and the docs.
//
// node_modules is copied as hard links into a staging folder and pruned there with
// `npm prune --omit=dev --offline`: `npm install --omit=dev` would ask the registry, which the
// machine building a release may reach but the point is not to depend on it. Files npm
// rewrites during the prune are copied for real first, so the working tree's node_modules is
// never touched.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
const name = `samla-${pkg.version}`;
const dist = path.join(root, "dist");
const stage = path.join(dist, "stage");
const out = path.join(stage, name);
const archive = path.join(dist, `${name}.tar.gz`);
const sh = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: ["ignore", "inherit", "inherit"] });
const step = (what) => console.log(`release: ${what}`);

// Sources the running server reads (server/ is run from source; app/ and components/ are
// there for Next.js's project checks and for anyone auditing what runs), config, docs.
const shipped = ["server", "lib", "app", "components", "i18n", "messages", "prisma", "docs", "next.config.js", "tsconfig.json", "postcss.config.mjs", "instrumentation-client.ts", "package.json", "package-lock.json", "README.md", ".env.example"];
const shippedScripts = ["backup.ts", "restore.ts", "db-migrate.ts"];
const skipped = (file) => /\.test\.tsx?$/.test(file) || file.includes(`${path.sep}screenshots${path.sep}`);

step("production build");
sh(process.execPath, ["scripts/ensure-build.mjs"]);

step(`staging ${path.relative(root, out)}`);
fs.rmSync(stage, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
for (const entry of shipped) {
  const from = path.join(root, entry);
  if (fs.existsSync(from)) fs.cpSync(from, path.join(out, entry), { recursive: true, filter: (src) => !skipped(src) });
}
fs.mkdirSync(path.join(out, "scripts"));
for (const file of shippedScripts) fs.copyFileSync(path.join(root, "scripts", file), path.join(out, "scripts", file));
fs.copyFileSync(path.join(root, "scripts/release/samla"), path.join(out, "samla"));
fs.chmodSync(path.join(out, "samla"), 0o755);
fs.cpSync(path.join(root, ".next"), path.join(out, ".next"), { recursive: true, filter: (src) => !src.startsWith(path.join(root, ".next", "cache")) });

step("node_modules without dev dependencies");
sh("cp", ["-al", path.join(root, "node_modules"), path.join(out, "node_modules")]);
// npm rewrites its hidden lockfile in place: give the staging copy a file of its own.
const hidden = path.join(out, "node_modules", ".package-lock.json");
if (fs.existsSync(hidden)) {
  fs.rmSync(hidden);
  fs.copyFileSync(path.join(root, "node_modules", ".package-lock.json"), hidden);
}
// No lifecycle scripts: the Prisma clients are generated already (server/platform/db/generated).
sh("npm", ["prune", "--omit=dev", "--offline", "--ignore-scripts", "--no-audit", "--no-fund"], out);
for (const required of ["better-sqlite3/build/Release/better_sqlite3.node", "tsx/dist/loader.mjs", "@prisma/schema-engine-wasm/package.json", "next/package.json"]) {
  if (!fs.existsSync(path.join(out, "node_modules", required))) throw new Error(`release: node_modules/${required} is missing after the prune`);
}
// (@playwright/test, typescript and prisma may stay: production packages name them as optional
// peers, and npm keeps an installed optional peer.)
for (const dev of ["vitest", "eslint", "oidc-provider"]) {
  if (fs.existsSync(path.join(out, "node_modules", dev))) throw new Error(`release: the dev dependency ${dev} is still in node_modules`);
}
fs.writeFileSync(path.join(out, "RELEASE"), `${name}\nbuilt ${new Date().toISOString()} with Node.js ${process.version} for ${process.platform}-${process.arch}\nstart: ./samla (docs/deploy.md, "Offline install")\n`);

step(`archive ${path.relative(root, archive)}`);
fs.rmSync(archive, { force: true });
sh("tar", ["-czf", archive, "-C", stage, name]);
fs.rmSync(stage, { recursive: true, force: true });
const mib = (fs.statSync(archive).size / 1024 / 1024).toFixed(1);
console.log(`release: ${path.relative(root, archive)} (${mib} MiB)`);
