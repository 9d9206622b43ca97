// The better-sqlite3 adapter (@prisma/adapter-better-sqlite3 7.10) prepares every statement
// afresh, each time it runs: `client.prepare(sql).bind(args)`. Preparing is SQLite compiling the
// SQL, about a tenth of a millisecond for a modest statement, on the server's one thread; a vote
// costs two statements (bench/vote.ts). This wrapper keeps the most recently used statements
// prepared and runs them with the new arguments instead. SQLite re-prepares a kept statement by
// itself when the schema changes under it.
//
// It reaches into the adapter's `client` (the better-sqlite3 Database) and serves the calls the
// adapter makes on it: prepare → bind → run / reader / columns / raw().all(). When the adapter
// has no such `client` (another version), it is left as it is and simply prepares every time;
// sqliteStatementCache.test.ts notices that.
import type { Database, Statement } from "better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/** How many distinct SQL texts stay prepared; Prisma's queries for one app are a few hundred at most. */
const DEFAULT_SIZE = 300;

type Args = unknown[];

/** What the adapter gets from prepare(): the statement, with bind() returning a use of it with those arguments. */
function preparedUse(statement: Statement<Args>) {
  const withArgs = (args: Args) => {
    // The adapter asks for the columns before it reads the rows. After a schema change a kept
    // statement still describes its old columns until SQLite re-prepares it, which happens when
    // it runs; so a read runs first and the columns are described afterwards.
    let rows: unknown[] | undefined;
    const read = () => (rows ??= statement.raw(true).all(args));
    return {
      reader: statement.reader,
      run: () => statement.run(args),
      columns: () => {
        read();
        return statement.columns();
      },
      raw: () => ({ all: read }),
    };
  };
  return { ...withArgs([]), bind: (args: Args) => withArgs(args) };
}

function cachingClient(client: Database, size: number): Database {
  const kept = new Map<string, Statement<Args>>();
  const prepare = (sql: string) => {
    let statement = kept.get(sql);
    if (statement) {
      kept.delete(sql); // most recently used last
    } else {
      statement = client.prepare<Args>(sql);
      if (kept.size >= size) kept.delete(kept.keys().next().value!);
    }
    kept.set(sql, statement);
    return preparedUse(statement);
  };
  return new Proxy(client, {
    get(target, property) {
      if (property === "prepare") return prepare;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function cacheStatements(adapter: SqlDriverAdapter, size: number): SqlDriverAdapter {
  const holder = adapter as unknown as { client?: Database };
  if (holder.client && typeof holder.client.prepare === "function") holder.client = cachingClient(holder.client, size);
  return adapter;
}

/** Wraps a better-sqlite3 adapter factory so that statements stay prepared between runs. */
export function sqliteStatementCache(factory: SqlMigrationAwareDriverAdapterFactory, size = DEFAULT_SIZE): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => cacheStatements(await factory.connect(), size),
    connectToShadowDb: async () => cacheStatements(await factory.connectToShadowDb(), size),
  };
}
