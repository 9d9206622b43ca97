// Prisma cannot switch provider inside one schema, so SQLite and PostgreSQL each have a schema
// file and a migrations folder. These checks keep the pairs in step.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { migrationNames, migrationsDir, schemaPath } from "@/server/platform/db/migrationsFolder";

/** The schema with the two blocks that legitimately differ taken out. */
function modelPart(file: string): string {
  return fs
    .readFileSync(file, "utf8")
    .replace(/^generator client \{[^}]*\}\n/m, "")
    .replace(/^datasource db \{[^}]*\}\n/m, "");
}

function block(file: string, header: string): string {
  const match = new RegExp(`^${header} \\{([^}]*)\\}`, "m").exec(fs.readFileSync(file, "utf8"));
  if (!match) throw new Error(`${file} has no "${header}" block`);
  return match[1];
}

describe("schema parity", () => {
  const sqlite = schemaPath("sqlite");
  const postgresql = schemaPath("postgresql");

  it("has identical models in both schema files", () => {
    const models = modelPart(sqlite);
    expect(models).toContain("model User {");
    expect(modelPart(postgresql)).toBe(models);
  });

  it("differs only in datasource provider and generator output", () => {
    expect(block(sqlite, "datasource db")).toMatch(/provider\s*=\s*"sqlite"/);
    expect(block(postgresql, "datasource db")).toMatch(/provider\s*=\s*"postgresql"/);
    const generator = (file: string) => block(file, "generator client").replace(/output\s*=\s*"[^"]*"/, "output");
    expect(generator(postgresql)).toBe(generator(sqlite));
    expect(block(sqlite, "generator client")).toMatch(/generated\/sqlite"/);
    expect(block(postgresql, "generator client")).toMatch(/generated\/postgresql"/);
  });

  it("has the same migrations, in the same order, in both folders", () => {
    const names = migrationNames(migrationsDir("sqlite"));
    expect(names.length).toBeGreaterThan(0);
    expect(migrationNames(migrationsDir("postgresql"))).toEqual(names);
    for (const name of names) expect(name).toMatch(/^\d{14}_[a-z0-9_]+$/);
  });

  it("has a lockfile naming the right provider in each folder", () => {
    for (const flavour of ["sqlite", "postgresql"] as const) {
      const lock = fs.readFileSync(`${migrationsDir(flavour)}/migration_lock.toml`, "utf8");
      expect(lock).toMatch(new RegExp(`provider = "${flavour}"`));
    }
  });
});
