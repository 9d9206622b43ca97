// The same server on PostgreSQL: health is ok while the database runs and 503 once it stops.
import { afterAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../helpers/server";
import { requirePostgresInCi, startPostgres, type TestPostgres } from "../helpers/postgres";

const run = requirePostgresInCi();
let postgres: TestPostgres | undefined;
let server: RunningServer | undefined;

afterAll(async () => {
  await server?.stop();
  await postgres?.stop();
});

describe.runIf(run)("health on PostgreSQL", () => {
  it("migrates on start, reports ok, then 503 when the database goes away", async () => {
    postgres = await startPostgres();
    const databaseUrl = await postgres.createDatabase("samla_health");
    server = await startServer({ databaseUrl });
    const ok = await fetch(`${server.url}/api/health`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: "ok", db: "ok" });

    await postgres.stop();
    postgres = undefined;
    const down = await fetch(`${server.url}/api/health`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: "error", db: "unreachable" });
  });
});
