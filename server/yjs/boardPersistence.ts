// The durable half of a board: its Yjs updates as an append-only log in BoardUpdate rows.
// Incoming updates are queued and written in small batches (one row per batch, one write in
// flight per board, so rows keep arrival order); a batch's callbacks run only after its row
// is committed, which is what lets the server acknowledge "stored" honestly. A failed write
// is retried with the same batch: nothing is acknowledged or dropped while the database is away.
import * as Y from "yjs";
import type { Db } from "../db/client";
import { log } from "../log";

interface Pending {
  /** null: nothing to store, but the callback must wait for everything queued before it. */
  update: Uint8Array | null;
  stored?: () => void;
}

export interface BoardPersistenceOptions {
  /** Rows after which the log is merged into one row. */
  compactAfter: number;
  /** Collects updates that arrive within this many ms into one row (default 2). */
  batchMs?: number;
}

export class BoardPersistence {
  private queue: Pending[] = [];
  private running: Promise<void> | null = null;
  private rows = 0;
  /** Per Yjs client: the clock up to which its edits are in the database. */
  readonly durableState = new Map<number, number>();

  constructor(
    private readonly db: Db,
    private readonly boardId: string,
    private readonly options: BoardPersistenceOptions,
  ) {}

  /**
   * Applies every stored row to `doc`; a row that does not decode is logged and skipped.
   * Returns the rows that applied, in order.
   */
  async load(doc: Y.Doc, origin: unknown): Promise<Uint8Array[]> {
    const rows = await this.db.boardUpdate.findMany({ where: { boardId: this.boardId }, orderBy: { id: "asc" }, select: { id: true, data: true } });
    this.rows = rows.length;
    const applied: Uint8Array[] = [];
    Y.transact(
      doc,
      () => {
        for (const row of rows) {
          try {
            Y.applyUpdate(doc, row.data, origin);
            applied.push(row.data);
          } catch (error) {
            log.error(`board ${this.boardId}: stored update ${row.id} does not decode; skipped`, error);
          }
        }
      },
      origin,
    );
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) this.durableState.set(client, clock);
    return applied;
  }

  enqueue(update: Uint8Array | null, stored?: () => void): void {
    this.queue.push({ update, stored });
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
  }

  /** Resolves when everything queued so far is stored. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  get queued(): number {
    return this.queue.length;
  }

  private async drain(): Promise<void> {
    let backoff = 100;
    while (this.queue.length > 0) {
      await new Promise((resolve) => setTimeout(resolve, this.options.batchMs ?? 2));
      const batch = this.queue.slice();
      const updates = batch.map((p) => p.update).filter((u): u is Uint8Array => u !== null);
      try {
        if (updates.length > 0) {
          const data = updates.length === 1 ? updates[0] : Y.mergeUpdates(updates);
          await this.db.boardUpdate.create({ data: { boardId: this.boardId, data: new Uint8Array(data) } });
          this.rows += 1;
        }
      } catch (error) {
        log.error(`board ${this.boardId}: storing ${updates.length} updates failed; retrying in ${backoff} ms`, error);
        await new Promise((resolve) => setTimeout(resolve, backoff));
        backoff = Math.min(backoff * 2, 5_000);
        continue;
      }
      backoff = 100;
      this.queue.splice(0, batch.length);
      for (const update of updates) {
        for (const [client, clock] of Y.parseUpdateMeta(update).to) {
          if ((this.durableState.get(client) ?? 0) < clock) this.durableState.set(client, clock);
        }
      }
      for (const pending of batch) pending.stored?.();
      if (this.rows >= this.options.compactAfter) await this.compact();
    }
  }

  /**
   * Replaces the log with one row holding the merged state. The merged row is written before
   * the old rows are deleted, in one transaction: a crash leaves either the old rows or the
   * new one, never neither. Rows another instance adds meanwhile (higher ids) are kept.
   */
  async compact(): Promise<void> {
    try {
      await this.db.$transaction(async (tx) => {
        const rows = await tx.boardUpdate.findMany({ where: { boardId: this.boardId }, orderBy: { id: "asc" }, select: { id: true, data: true } });
        if (rows.length < 2) return;
        const merged = new Y.Doc();
        for (const row of rows) {
          try {
            Y.applyUpdate(merged, row.data);
          } catch (error) {
            throw new Error(`row ${row.id} does not decode; not compacting`, { cause: error });
          }
        }
        await tx.boardUpdate.create({ data: { boardId: this.boardId, data: new Uint8Array(Y.encodeStateAsUpdate(merged)) } });
        await tx.boardUpdate.deleteMany({ where: { boardId: this.boardId, id: { lte: rows[rows.length - 1].id } } });
        merged.destroy();
      });
      this.rows = await this.db.boardUpdate.count({ where: { boardId: this.boardId } });
    } catch (error) {
      // The log stays correct, only longer; try again after the next batch of rows.
      log.error(`board ${this.boardId}: compaction failed`, error);
      this.rows = 0;
    }
  }
}
