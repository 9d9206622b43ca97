// "Stored" must survive a power cut, not only a crashed process. better-sqlite3 is built with
// SQLite's WAL default of synchronous = NORMAL: a commit is in the write-ahead log but not yet
// fsynced, so the last commits before a power cut can vanish though they were acknowledged.
// Every connection that writes therefore runs with synchronous = FULL: each commit fsyncs the
// log before it returns (about half a millisecond on an SSD; see bench:board).
import type { Database } from "better-sqlite3";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

const pragmas = ["journal_mode = WAL", "synchronous = FULL"] as const;

/** For a better-sqlite3 connection of our own (the board-log worker's). */
export function makeDurable(db: Database): void {
  for (const pragma of pragmas) db.pragma(pragma);
}

/** For Prisma's better-sqlite3 adapter: every connection it opens. */
export function sqliteDurable(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  const durable = async <T extends { executeScript(script: string): Promise<void> }>(adapter: T) => {
    await adapter.executeScript(pragmas.map((p) => `PRAGMA ${p};`).join("\n"));
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => durable(await factory.connect()),
    connectToShadowDb: async () => durable(await factory.connectToShadowDb()),
  };
}
