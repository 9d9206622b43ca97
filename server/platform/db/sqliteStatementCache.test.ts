// SQLite statements stay prepared between runs (server/platform/db/sqliteStatementCache.ts): the same SQL
// with other arguments gives the right rows, inside and outside transactions, after a schema
// change, and is compiled once. If an adapter upgrade stops the cache from engaging, the count
// of prepares below says so.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDb, type Db } from "./client";
import { applyMigrations } from "./migrate";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samla-statements-"));
let db: Db;

beforeAll(async () => {
  const url = `file:${path.join(dir, "samla.db")}`;
  await applyMigrations(url);
  db = createDb(url);
  for (const name of ["Kari", "Ola", "Per"]) await db.user.create({ data: { email: `${name.toLowerCase()}@example.no`, name } });
});
afterAll(async () => {
  await db?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

const nameOf = async (client: Pick<Db, "$queryRaw">, email: string) =>
  (await client.$queryRaw<{ name: string }[]>`SELECT "name" FROM "User" WHERE "email" = ${email}`)[0]?.name ?? null;

describe("prepared statements kept between runs", () => {
  it("runs the same SQL with new arguments, compiling it once", async () => {
    const prepare = vi.spyOn(Database.prototype, "prepare");
    const emails = ["kari@example.no", "ola@example.no", "per@example.no", "nobody@example.no"];
    const names = [];
    for (let round = 0; round < 3; round++) for (const email of emails) names.push(await nameOf(db, email));
    expect(names).toEqual(Array(3).fill(["Kari", "Ola", "Per", null]).flat());
    const compiled = prepare.mock.calls.filter(([sql]) => String(sql).includes(`SELECT "name" FROM "User" WHERE "email" = ?`));
    expect(compiled).toHaveLength(1);
    prepare.mockRestore();
  });

  it("counts changed rows of a kept write, and runs it inside a transaction too", async () => {
    const rename = (email: string, name: string, client: Pick<Db, "$executeRaw"> = db) => client.$executeRaw`UPDATE "User" SET "name" = ${name} WHERE "email" = ${email}`;
    expect(await rename("kari@example.no", "Kari N.")).toBe(1);
    expect(await rename("nobody@example.no", "x")).toBe(0);
    await expect(
      db.$transaction(async (tx) => {
        expect(await rename("ola@example.no", "Ola N.", tx)).toBe(1);
        expect(await nameOf(tx, "ola@example.no")).toBe("Ola N.");
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await nameOf(db, "ola@example.no")).toBe("Ola");
    expect(await nameOf(db, "kari@example.no")).toBe("Kari N.");
  });

  it("keeps working when the schema changes under a kept statement", async () => {
    const all = () => db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "Scratch"`);
    await db.$executeRawUnsafe(`CREATE TABLE "Scratch" ("a" INTEGER)`);
    await db.$executeRawUnsafe(`INSERT INTO "Scratch" ("a") VALUES (1)`);
    expect(await all()).toEqual([{ a: 1 }]);
    await db.$executeRawUnsafe(`ALTER TABLE "Scratch" ADD COLUMN "b" TEXT DEFAULT 'x'`);
    expect(await all()).toEqual([{ a: 1, b: "x" }]);
    await db.$executeRawUnsafe(`DROP TABLE "Scratch"`);
  });

  it("reports a bad statement the way Prisma does, and stays usable", async () => {
    await expect(db.$queryRawUnsafe(`SELECT * FROM "NoSuchTable"`)).rejects.toThrow(/NoSuchTable/);
    expect(await nameOf(db, "per@example.no")).toBe("Per");
  });
});
