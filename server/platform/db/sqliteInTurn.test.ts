// On SQLite the process shares one connection: a statement outside a transaction must not run
// inside someone else's open interactive transaction (dirty reads, and undone by its rollback).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "./client";
import { applyMigrations } from "./migrate";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samla-in-turn-"));
let db: Db;

beforeAll(async () => {
  const url = `file:${path.join(dir, "samla.db")}`;
  await applyMigrations(url);
  db = createDb(url);
});
afterAll(async () => {
  await db?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("SQLite statements and interactive transactions take turns", () => {
  it("a write made while a transaction is open survives that transaction's rollback, and sees none of it", async () => {
    const user = await db.user.create({ data: { email: "kari@example.no", name: "Kari" } });
    let inside!: () => void;
    const started = new Promise<void>((resolve) => (inside = resolve));
    const rolledBack = db
      .$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { name: "uncommitted" } });
        inside();
        await sleep(100);
        throw new Error("changed my mind");
      })
      .catch((error: Error) => error.message);
    await started;
    // Both wait for the transaction to end, then run on their own.
    const [seen, written] = await Promise.all([
      db.user.findUniqueOrThrow({ where: { id: user.id } }),
      db.user.update({ where: { id: user.id }, data: { email: "kari.nordmann@example.no" } }),
    ]);
    expect(await rolledBack).toBe("changed my mind");
    expect(seen.name).toBe("Kari");
    expect(written.name).toBe("Kari");
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: "Kari", email: "kari.nordmann@example.no" });
  });

  it("a statement waits for the transaction that is open, and then sees what it committed", async () => {
    const order: string[] = [];
    let outside: Promise<unknown> | undefined;
    await db.$transaction(async (tx) => {
      await tx.user.create({ data: { email: "b@example.no", name: "B" } });
      outside = db.user.findUnique({ where: { email: "b@example.no" } }).then((row) => {
        order.push("statement");
        return row;
      });
      await sleep(50);
      order.push("transaction");
    });
    expect(await outside).toMatchObject({ name: "B" });
    expect(order).toEqual(["transaction", "statement"]);
  });

  it("gives the turn back when a transaction fails to commit", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await tx.user.create({ data: { email: "dup@example.no", name: "Dup" } });
        await tx.user.create({ data: { email: "dup@example.no", name: "Dup" } });
      }),
    ).rejects.toThrow();
    expect(await db.user.count({ where: { email: "dup@example.no" } })).toBe(0);
    await db.$transaction(async (tx) => tx.user.create({ data: { email: "dup@example.no", name: "Dup" } }));
    expect(await db.user.count({ where: { email: "dup@example.no" } })).toBe(1);
  });
});
