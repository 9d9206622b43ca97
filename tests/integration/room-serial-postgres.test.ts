// Work serialised across instances holds a PostgreSQL session advisory lock on a connection
// while it queries. When as many workshops at once as the query pool has connections each held
// their lock on one of those connections, every holder waited for a connection no one would
// give back, and every query of the instance stopped for good. The locks now wait and are held
// on a pool of their own.
import { afterAll, describe, expect, it } from "vitest";
import { createDb, disconnectDb, postgresPool, type Db } from "@/server/platform/db/client";
import { serialisedAcrossInstances } from "@/server/platform/serialised";
import { requirePostgresInCi, startPostgres, type TestPostgres } from "../helpers/postgres";

const run = requirePostgresInCi();
let postgres: TestPostgres | undefined;
let db: Db | undefined;

afterAll(async () => {
  // Bounded: on a deadlocked pool (the fault this test is for) ending it would wait for good.
  if (db) await Promise.race([disconnectDb(db), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
  await postgres?.stop();
});

describe.runIf(run)("serialised across instances on PostgreSQL", () => {
  it("runs more workshops' locked work at once than the query pool has connections", async () => {
    postgres = await startPostgres();
    db = createDb(await postgres.createDatabase("samla_room_serial"));
    const poolSize = postgresPool(db).options.max;
    const workshops = poolSize + 2;

    // Every holder first waits until a whole pool's worth of workshops hold their locks, then
    // queries: the moment at which the connections ran out.
    let holding = 0;
    let allHolding!: () => void;
    const barrier = new Promise<void>((resolve) => (allHolding = resolve));
    const works = Array.from({ length: workshops }, (_, i) =>
      serialisedAcrossInstances(db!, `join:workshop-${i}`, async () => {
        if (++holding >= poolSize) allHolding();
        await barrier;
        const rows = await db!.$queryRawUnsafe<{ n: number }[]>(`SELECT ${i}::int AS n`);
        return rows[0].n;
      }),
    );
    const stuck = new Promise<"stuck">((resolve) => setTimeout(() => resolve("stuck"), 15_000).unref());
    const result = await Promise.race([Promise.all(works), stuck]);
    expect(result, "every query of the process waited for a connection held by a lock").toEqual(Array.from({ length: workshops }, (_, i) => i));
  });
});
