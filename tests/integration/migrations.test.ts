// Both database flavours are migrated from empty by the same code path the server uses at start,
// then exercised with the same data-layer queries: if the two migration folders drift apart,
// one of the two runs below fails.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/server/platform/db/client";
import { applyMigrations } from "@/server/platform/db/migrate";
import { postgresAdapterFactory, sqliteAdapterFactory, type ClosableAdapterFactory } from "@/server/platform/db/migrationAdapters";
import { pendingSchemaSql } from "@/server/platform/db/migrationAuthoring";
import { migrationNames, migrationsDir } from "@/server/platform/db/migrationsFolder";
import { requirePostgresInCi, startPostgres, type TestPostgres } from "@/tests/helpers/postgres";

type Flavour = "sqlite" | "postgresql";

interface Target {
  /** A URL of a database nothing has touched yet. */
  freshUrl(name: string): Promise<string>;
  /** Adapters whose shadow database the engine may replay migrations on. */
  authoringAdapters(): ClosableAdapterFactory;
}

const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "samla-migrations-"));
afterAll(() => fs.rmSync(tempDir, { recursive: true, force: true }));

const sqlite: Target = {
  // A directory that does not exist yet: applyMigrations must create it.
  freshUrl: async (name) => `file:${path.join(tempDir, name, "nested", "samla.db")}`,
  authoringAdapters: () => sqliteAdapterFactory(path.join(tempDir, "authoring.db")),
};

let postgres: TestPostgres | undefined;
const pgTarget: Target = {
  freshUrl: (name) => postgres!.createDatabase(name),
  authoringAdapters: () => postgresAdapterFactory(postgres!.url),
};

const runPostgres = requirePostgresInCi();

beforeAll(async () => {
  if (runPostgres) postgres = await startPostgres();
});
afterAll(async () => {
  await postgres?.stop();
});

const allMigrations = (flavour: Flavour) => migrationNames(migrationsDir(flavour));

function sharedSuite(flavour: Flavour, target: Target) {
  let url: string;
  let db: Db;

  beforeAll(async () => {
    url = await target.freshUrl("data_layer");
    const applied = await applyMigrations(url);
    expect(applied).toEqual(allMigrations(flavour));
    db = createDb(url);
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations(url)).toEqual([]);
  });

  it("records each migration with the checksum Prisma's own CLI would compute", async () => {
    const rows = await db.$queryRawUnsafe<{ migration_name: string; checksum: string; finished_at: unknown }[]>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const expected = allMigrations(flavour).map((name) => {
      const sql = fs.readFileSync(path.join(migrationsDir(flavour), name, "migration.sql"));
      return { migration_name: name, checksum: createHash("sha256").update(sql).digest("hex") };
    });
    expect(rows.map(({ migration_name, checksum }) => ({ migration_name, checksum }))).toEqual(expected);
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
  });

  it("has a migrations folder that builds exactly what the schema file describes", async () => {
    expect(await pendingSchemaSql(flavour, target.authoringAdapters())).toBe("");
  });

  it("finds what a migrations folder lacks, for authoring the next migration", async () => {
    // A copy of the folder whose init migration forgot the Setting table.
    const copy = fs.mkdtempSync(path.join(tempDir, `folder-${flavour}-`));
    fs.cpSync(migrationsDir(flavour), copy, { recursive: true });
    const init = path.join(copy, allMigrations(flavour)[0], "migration.sql");
    const withoutSetting = fs
      .readFileSync(init, "utf8")
      .replace(/-- CreateTable\nCREATE TABLE "Setting" \([\s\S]*?\n\);\n/, "");
    expect(withoutSetting).not.toContain('"Setting"');
    fs.writeFileSync(init, withoutSetting);

    const sql = await pendingSchemaSql(flavour, target.authoringAdapters(), copy);
    expect(sql).toMatch(/CREATE TABLE "Setting"/);
    expect(sql).not.toMatch(/CREATE TABLE "User"/);
  });

  it("stops at a broken migration with the database's reason, and stays stopped until it is resolved", async () => {
    const folder = fs.mkdtempSync(path.join(tempDir, `broken-${flavour}-`));
    fs.cpSync(migrationsDir(flavour), folder, { recursive: true });
    const broken = path.join(folder, "29991231000000_broken");
    fs.mkdirSync(broken);
    fs.writeFileSync(path.join(broken, "migration.sql"), 'ALTER TABLE "NoSuchTable" ADD COLUMN "x" INTEGER;\n');
    const url = await target.freshUrl("broken_migration");

    await expect(applyMigrations(url, { migrationsDirectory: folder })).rejects.toThrow(/NoSuchTable/);
    // The failed migration blocks later runs until someone resolves it; it is not silently retried.
    await expect(applyMigrations(url, { migrationsDirectory: folder })).rejects.toThrow(/29991231000000_broken/);
  });

  it("stores users and a workshop with organisations, phases, tables and participants", async () => {
    const owner = await db.user.create({ data: { email: `owner-${flavour}@example.no`, name: "Kari Nordmann" } });
    await expect(db.user.create({ data: { email: owner.email, name: "Duplicate" } })).rejects.toThrow();

    const workshop = await db.workshop.create({
      data: {
        title: "Søkekonferanse om helse i Nordfjord",
        method: "searchConference",
        joinCode: `JOIN-${flavour}`,
        ownerId: owner.id,
        facilitators: { create: { userId: owner.id, role: "facilitator" } },
        organisations: {
          create: [
            { name: "Stad kommune", sector: "kommune", position: 1 },
            { name: "Helse Førde", sector: "helseforetak", position: 0 },
          ],
        },
        phases: {
          create: [
            { position: 1, kind: "obstacles", title: "Hindringer", prompt: "Hva står i veien?" },
            { position: 0, kind: "futureImage", title: "Framtidsbilde", prompt: "Hvordan ser 2035 ut?" },
          ],
        },
        tables: { create: [{ name: "Bord 1", position: 0 }] },
      },
      include: { tables: true },
    });
    const table = workshop.tables[0];
    await db.participant.create({
      data: { workshopId: workshop.id, displayName: "Ola", organisation: "Stad kommune", secret: "s1", tableId: table.id },
    });
    await db.participant.create({
      data: { workshopId: workshop.id, displayName: "Åse", organisation: "Helse Førde", secret: "s2" },
    });

    const loaded = await db.workshop.findUniqueOrThrow({
      where: { joinCode: `JOIN-${flavour}` },
      include: {
        organisations: { orderBy: { position: "asc" } },
        phases: { orderBy: { position: "asc" } },
        tables: { include: { participants: true } },
        participants: { orderBy: { displayName: "asc" } },
        facilitators: true,
      },
    });
    expect(loaded.status).toBe("open");
    expect(loaded.anonymous).toBe(false);
    expect(loaded.organisations.map((o) => o.name)).toEqual(["Helse Førde", "Stad kommune"]);
    expect(loaded.phases.map((p) => p.kind)).toEqual(["futureImage", "obstacles"]);
    expect(loaded.phases[0].groupMode).toBe("plenary");
    expect(loaded.tables[0].participants.map((p) => p.displayName)).toEqual(["Ola"]);
    expect(loaded.participants.map((p) => p.displayName)).toEqual(["Ola", "Åse"]);
    expect(loaded.facilitators[0].role).toBe("facilitator");
    await expect(
      db.workshopOrganisation.create({ data: { workshopId: workshop.id, name: "Stad kommune", position: 2 } }),
    ).rejects.toThrow();

    // Deleting a table keeps its participants (SetNull); deleting the workshop removes all (Cascade).
    await db.workshopTable.delete({ where: { id: table.id } });
    expect((await db.participant.findFirstOrThrow({ where: { displayName: "Ola" } })).tableId).toBeNull();
    await db.workshop.delete({ where: { id: workshop.id } });
    expect(await db.participant.count({ where: { workshopId: workshop.id } })).toBe(0);
    expect(await db.phase.count({ where: { workshopId: workshop.id } })).toBe(0);
  });

  it("keeps the board update log's bytes intact and in insertion order", async () => {
    const owner = await db.user.create({ data: { email: `board-${flavour}@example.no`, name: "Board owner" } });
    const workshop = await db.workshop.create({
      data: { title: "Tavle", method: "free", joinCode: `BOARD-${flavour}`, ownerId: owner.id },
    });
    const board = await db.board.create({ data: { workshopId: workshop.id, title: "Plenum" } });
    // Every byte value, zero bytes and a larger blob: a text column or an encoding step would break these.
    const updates = [
      Uint8Array.from({ length: 256 }, (_, i) => i),
      new Uint8Array([0, 0, 0]),
      Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) % 251),
      new Uint8Array([255]),
    ];
    for (const data of updates) await db.boardUpdate.create({ data: { boardId: board.id, data } });

    const rows = await db.boardUpdate.findMany({ where: { boardId: board.id }, orderBy: { id: "asc" } });
    expect(rows).toHaveLength(updates.length);
    rows.forEach((row, i) => expect(Buffer.from(row.data).equals(Buffer.from(updates[i]))).toBe(true));
    expect(rows.map((row) => row.id)).toEqual([...rows.map((row) => row.id)].sort((a, b) => a - b));

    // Compaction: replace a prefix of the log with one row, in one transaction.
    const prefix = rows.slice(0, 2);
    await db.$transaction([
      db.boardUpdate.deleteMany({ where: { boardId: board.id, id: { lte: prefix[1].id } } }),
      db.boardUpdate.create({ data: { boardId: board.id, data: new Uint8Array([9, 9]) } }),
    ]);
    const afterCompaction = await db.boardUpdate.findMany({ where: { boardId: board.id }, orderBy: { id: "asc" } });
    expect(afterCompaction).toHaveLength(3);
    expect(Buffer.from(afterCompaction[2].data)).toEqual(Buffer.from([9, 9]));
  });

  it("never lets concurrent votes pass a limit (conditional update)", async () => {
    const owner = await db.user.create({ data: { email: `vote-${flavour}@example.no`, name: "Vote owner" } });
    const workshop = await db.workshop.create({
      data: { title: "Prioritering", method: "searchConference", joinCode: `VOTE-${flavour}`, ownerId: owner.id },
    });
    const limit = 5;
    const round = await db.votingRound.create({
      data: { workshopId: workshop.id, title: "Runde 1", budget: limit, maxPerItem: limit, items: { create: [{ boardId: "b", focusAreaId: "f", title: "Bolig", position: 0 }] } },
      include: { items: true },
    });
    const participant = await db.participant.create({
      data: { workshopId: workshop.id, displayName: "Per", organisation: "Stad kommune", secret: "s" },
    });
    const key = { itemId: round.items[0].id, participantId: participant.id };
    await db.ballotItem.create({ data: { ...key, roundId: round.id } });

    const attempts = 40;
    const results = await Promise.all(
      Array.from({ length: attempts }, () => db.ballotItem.updateMany({ where: { ...key, dots: { lt: limit } }, data: { dots: { increment: 1 } } })),
    );
    expect(results.filter((r) => r.count === 1)).toHaveLength(limit);
    expect(results.filter((r) => r.count === 0)).toHaveLength(attempts - limit);
    const row = await db.ballotItem.findUniqueOrThrow({ where: { itemId_participantId: key } });
    expect(row.dots).toBe(limit);
  });
}

describe("SQLite migrations", () => {
  sharedSuite("sqlite", sqlite);

  it("creates the file's directory and switches the database to WAL", async () => {
    const url = await sqlite.freshUrl("wal");
    await applyMigrations(url);
    const db = new Database(url.slice("file:".length), { readonly: true });
    try {
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      db.close();
    }
  });
});

describe.skipIf(!runPostgres)("PostgreSQL migrations", () => {
  sharedSuite("postgresql", pgTarget);

  it("lets concurrent starts against one database apply each migration exactly once", async () => {
    const url = await pgTarget.freshUrl("concurrent_starts");
    const results = await Promise.all(Array.from({ length: 4 }, () => applyMigrations(url)));
    expect(results.flat().sort()).toEqual(allMigrations("postgresql"));
    expect(results.filter((names) => names.length > 0)).toHaveLength(1);
  });
});
