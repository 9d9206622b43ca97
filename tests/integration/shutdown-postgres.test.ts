// SIGTERM on PostgreSQL while a crowd is still being let in: every socket's first room state is
// queued for a database connection. node-postgres never answers a caller still waiting for a
// connection once its pool is ending, so closing the pool under that queue held the process
// open for good (seen as a test hook timing out after 120 s; this test hung in 1 of 4 runs on
// that code). It must exit, and with 0.
import type { Socket } from "socket.io-client";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/server/platform/db/client";
import { requirePostgresInCi, startPostgres, type TestPostgres } from "../helpers/postgres";
import { startServer, type RunningServer } from "../helpers/server";
import { signUpAndIn } from "../helpers/auth";
import { connect, seedVoting } from "./votingFixture";

const run = requirePostgresInCi();
const authSecret = "shutdown-postgres-secret-that-is-long-enough-0123456789";
let postgres: TestPostgres | undefined;
let server: RunningServer | undefined;
let db: Db | undefined;
const sockets: Socket[] = [];

afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await db?.$disconnect();
  await server?.stop().catch(() => undefined);
  await postgres?.stop();
});

describe.runIf(run)("shutdown on PostgreSQL", () => {
  it("exits with 0 soon after SIGTERM while sockets are still getting their first room state", { timeout: 120_000 }, async () => {
    postgres = await startPostgres();
    const databaseUrl = await postgres.createDatabase("samla_shutdown");
    server = await startServer({ databaseUrl, env: { AUTH_SECRET: authSecret, SIGNUP_OPEN: "true" } });
    db = createDb(databaseUrl);
    await signUpAndIn(server.url, { name: "Fanny", email: "fanny@example.no", password: "et langt og trygt passord" });
    const fixture = await seedVoting(db, authSecret, { ownerEmail: "fanny@example.no", participants: 80, areas: ["Bolig"] });

    const connected = await Promise.all(fixture.participants.map((p) => connect(server!.url, fixture.workshopId, p.token)));
    sockets.push(...connected);
    // Each connection's room state is now on its way through a pool of ten connections.
    expect(await server.stop(20_000)).toBe(0);
  });
});
