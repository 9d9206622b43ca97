// Generates the Prisma clients for both database flavours. Prisma's CLI wants a native
// schema-engine binary for some commands; `generate` does not need it, so we point the
// variable at /bin/false to stop the CLI from trying to download one (air-gapped servers).
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1" };

for (const flavour of ["sqlite", "postgresql"]) {
  execFileSync(process.execPath, [prismaCli, "generate", "--schema", `prisma/${flavour}/schema.prisma`], { stdio: "inherit", env });
}
