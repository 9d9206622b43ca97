// better-sqlite3 gives each Prisma client ONE SQLite connection, shared by every query made
// through it. The stock adapter (@prisma/adapter-better-sqlite3 7.10) queues interactive
// transactions behind one another, but sends a statement made outside a transaction straight to
// that connection. While an interactive transaction waits between two of its statements (any
// `await` in its callback), such a statement therefore runs INSIDE it: it reads rows that are
// not committed yet, and when that transaction rolls back, a write that has already returned
// success is undone with it.
//
// This wrapper puts the connection's users in one queue: a statement outside a transaction waits
// while a transaction is open (it runs at once when none is, which is nearly always), and a
// transaction waits until the ones before it have committed or rolled back. better-sqlite3 runs
// each statement synchronously, so a statement outside a transaction never interleaves with
// anything else once it starts.
//
// Code inside `db.$transaction(async (tx) => …)` must use `tx`, never `db`: a statement on `db`
// would wait for the very transaction that is waiting for it.
import type { IsolationLevel, SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery, SqlResultSet, Transaction } from "@prisma/driver-adapter-utils";

/** A first-come, first-served turn on the connection. */
class Turns {
  #taken = false;
  readonly #waiting: Array<() => void> = [];

  get free(): boolean {
    return !this.#taken;
  }

  /** Resolves with `release` when it is the caller's turn; `release` must be called exactly once. */
  async take(): Promise<() => void> {
    if (this.#taken) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    // The turn is handed over directly from the releaser, so it is never seen free in between.
    this.#taken = true;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiting.shift();
      if (next) next();
      else this.#taken = false;
    };
  }
}

class TransactionInTurn implements Transaction {
  constructor(
    private readonly inner: Transaction,
    private readonly release: () => void,
  ) {}

  get options() {
    return this.inner.options;
  }
  get provider() {
    return this.inner.provider;
  }
  get adapterName() {
    return this.inner.adapterName;
  }
  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.inner.queryRaw(query);
  }
  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }
  async commit(): Promise<void> {
    try {
      await this.inner.commit();
    } finally {
      this.release();
    }
  }
  async rollback(): Promise<void> {
    try {
      await this.inner.rollback();
    } finally {
      this.release();
    }
  }
  async createSavepoint(name: string): Promise<void> {
    await this.inner.createSavepoint?.(name);
  }
  async rollbackToSavepoint(name: string): Promise<void> {
    await this.inner.rollbackToSavepoint?.(name);
  }
  async releaseSavepoint(name: string): Promise<void> {
    await this.inner.releaseSavepoint?.(name);
  }
}

class AdapterInTurn implements SqlDriverAdapter {
  readonly #turns = new Turns();

  readonly getConnectionInfo?: SqlDriverAdapter["getConnectionInfo"];

  constructor(private readonly inner: SqlDriverAdapter) {
    if (inner.getConnectionInfo) this.getConnectionInfo = () => inner.getConnectionInfo!();
  }

  get provider() {
    return this.inner.provider;
  }
  get adapterName() {
    return this.inner.adapterName;
  }

  async #inTurn<T>(run: () => Promise<T>): Promise<T> {
    if (this.#turns.free) return run();
    const release = await this.#turns.take();
    try {
      return await run();
    } finally {
      release();
    }
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.#inTurn(() => this.inner.queryRaw(query));
  }
  executeRaw(query: SqlQuery): Promise<number> {
    return this.#inTurn(() => this.inner.executeRaw(query));
  }
  executeScript(script: string): Promise<void> {
    return this.#inTurn(() => this.inner.executeScript(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const release = await this.#turns.take();
    try {
      return new TransactionInTurn(await this.inner.startTransaction(isolationLevel), release);
    } catch (error) {
      release();
      throw error;
    }
  }

  dispose(): Promise<void> {
    return this.inner.dispose();
  }
}

/** Wraps a better-sqlite3 adapter factory so that nothing runs inside someone else's transaction. */
export function sqliteInTurn(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => new AdapterInTurn(await factory.connect()),
    connectToShadowDb: async () => new AdapterInTurn(await factory.connectToShadowDb()),
  };
}
