// The durable half of a board: its Yjs updates as an append-only log in BoardUpdate rows.
// Incoming updates are queued and written as a group commit: one write in flight per board
// (so rows keep arrival order), and everything that arrived while it was in flight goes into
// the next row. A write starts the moment the previous one is done, or at once on a quiet
// board: nobody waits on a timer or for the end of the event loop's turn (under load a turn
// lasts milliseconds), and a busy board makes fewer, larger rows. A batch's callbacks run
// only after its row is committed, which is what lets the server acknowledge "stored"
// honestly. A failed write is retried with the same batch: nothing is acknowledged or dropped
// while the database is away.
import * as Y from "yjs";
import type { Db } from "../platform/db/client";
import { log } from "../platform/log";
import { metrics } from "../platform/metrics";
import { inProcessBoardLog, type BoardLog } from "./log/boardLog";
import { readStoredUpdate } from "./storedUpdate";

interface Pending {
  /** null: nothing to store, but the callback must wait for everything queued before it. */
  update: Uint8Array | null;
  /** The update's highest clock per Yjs client, if the caller already parsed it. */
  clocks?: Map<number, number>;
  stored?: () => void;
}

export interface BoardPersistenceOptions {
  /** Where rows are written; default: `db` on this thread. The server uses a worker thread. */
  boardLog?: BoardLog;
  /** Rows after which the log is replaced by one snapshot row (needs `snapshot`). */
  compactAfter?: number;
  /**
   * The board's whole current state, encoded, and its state vector. Must contain every update
   * queued so far, which the live document does: updates are applied before they are queued.
   */
  snapshot?: () => BoardSnapshotBytes;
  /**
   * Called with each row once committed (several instances: the board relay publishes it; see
   * docs/multi-instance.md, "relay what is stored").
   */
  onStored?: (rowId: number, data: Uint8Array) => void;
  /** Called after a compaction: the snapshot row and the rows it replaced. */
  onCompacted?: (rowId: number, replaced: number[]) => void;
}

export interface BoardSnapshotBytes {
  update: Uint8Array;
  stateVector: Uint8Array;
}

/** The snapshot option for a live document. */
export function snapshotOf(doc: Y.Doc): () => BoardSnapshotBytes {
  return () => ({ update: Y.encodeStateAsUpdate(doc), stateVector: Y.encodeStateVector(doc) });
}

/** Ids per delete statement: far below SQLite's and PostgreSQL's parameter limits. */
const maxIdsPerCompaction = 10_000;

export class BoardPersistence {
  private queue: Pending[] = [];
  private running: Promise<void> | null = null;
  /**
   * Rows whose content the live document holds (loaded from, written by, or relayed to this
   * instance and applied). Compaction deletes exactly these, so a row written by someone else
   * and not yet applied here, or one that did not decode, is never dropped by mistake.
   */
  private ownRows: number[] = [];
  /** Row count at which to compact next; pushed further out after a failed compaction. */
  private compactAt: number;
  /** compactNow() asked for a snapshot at the end of the next drain. */
  private compactRequested = false;
  /** Per Yjs client: the clock up to which its edits are in the database. */
  readonly durableState = new Map<number, number>();
  private readonly boardLog: BoardLog;

  constructor(
    private readonly db: Db,
    private readonly boardId: string,
    private readonly options: BoardPersistenceOptions = {},
  ) {
    this.compactAt = options.compactAfter ?? Infinity;
    this.boardLog = options.boardLog ?? inProcessBoardLog(db);
  }

  /**
   * Applies every stored row to `doc`. A value beyond the content limits is taken out of its
   * row and the rest applies; a row that cannot be read at all is logged and skipped (and kept
   * in the database: compaction never deletes it). Returns the updates that applied, in order.
   */
  async load(doc: Y.Doc, origin: unknown): Promise<Uint8Array[]> {
    const rows = await this.db.boardUpdate.findMany({ where: { boardId: this.boardId }, orderBy: { id: "asc" }, select: { id: true, data: true } });
    const applied: Uint8Array[] = [];
    Y.transact(
      doc,
      () => {
        for (const row of rows) {
          const stored = readStoredUpdate(row.data);
          if (!stored.ok) {
            log.error(`board ${this.boardId}: stored update ${row.id} does not decode (${stored.reason}); skipped`);
            continue;
          }
          if (stored.salvaged) log.warn(`board ${this.boardId}: stored update ${row.id} holds ${stored.salvaged}; loaded without that value`);
          try {
            Y.applyUpdate(doc, stored.update, origin);
            applied.push(stored.update);
            this.ownRows.push(row.id);
          } catch (error) {
            log.error(`board ${this.boardId}: stored update ${row.id} does not apply; skipped`, error);
          }
        }
      },
      origin,
    );
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) this.durableState.set(client, clock);
    return applied;
  }

  /** Rows this document holds, for catching up with the shared log. */
  heldRows(): Set<number> {
    return new Set(this.ownRows);
  }

  /**
   * A row committed elsewhere whose content was just applied to the document: it may be
   * compacted by this instance, and the clocks it carries are stored (for acks).
   */
  hold(rowId: number, data: Uint8Array): void {
    this.ownRows.push(rowId);
    this.markDurable(Y.parseUpdateMeta(data).to);
  }

  /** Rows another instance's compaction deleted: there is nothing left of them to delete. */
  forget(rowIds: Iterable<number>): void {
    const gone = new Set(rowIds);
    if (gone.size > 0) this.ownRows = this.ownRows.filter((id) => !gone.has(id));
  }

  private markDurable(clocks: Map<number, number>): void {
    for (const [client, clock] of clocks) if ((this.durableState.get(client) ?? 0) < clock) this.durableState.set(client, clock);
  }

  enqueue(update: Uint8Array | null, stored?: () => void, clocks?: Map<number, number>): void {
    this.queue.push({ update, stored, clocks });
    this.startDraining();
  }

  /** Acknowledges what the log has finished writing, on any board (see BoardLog.collectFinished). */
  collectFinishedWrites(): void {
    this.boardLog.collectFinished?.();
  }

  private startDraining(): void {
    this.running ??= this.drain().finally(() => {
      this.running = null;
      // A drain that finished without awaiting anything (only empty updates) ends in a
      // microtask; anything queued in between is picked up here.
      if (this.queue.length > 0) this.startDraining();
    });
  }

  /**
   * Replaces the stored log with one snapshot of the document now, inside the write queue,
   * and resolves when that is done: for a rewrite whose old values must not stay in the
   * database (a forgotten participant's name), not only fall out of the live document.
   */
  async compactNow(): Promise<void> {
    this.compactRequested = true;
    this.enqueue(null);
    await this.idle();
  }

  /** Resolves when everything queued so far is stored. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    let backoff = 100;
    while (this.queue.length > 0) {
      const batch = this.queue.slice();
      const updates = batch.filter((p) => p.update !== null);
      try {
        if (updates.length > 0) {
          const data = updates.length === 1 ? updates[0].update! : Y.mergeUpdates(updates.map((p) => p.update!));
          const rowId = await this.boardLog.append(this.boardId, data);
          this.ownRows.push(rowId);
          this.options.onStored?.(rowId, data);
        }
      } catch (error) {
        metrics.dbErrors.inc({ where: "boardLog" });
        log.error(`board ${this.boardId}: storing ${updates.length} updates failed; retrying in ${backoff} ms`, error);
        await new Promise((resolve) => setTimeout(resolve, backoff));
        backoff = Math.min(backoff * 2, 5_000);
        continue;
      }
      backoff = 100;
      this.queue.splice(0, batch.length);
      for (const pending of updates) this.markDurable(pending.clocks ?? Y.parseUpdateMeta(pending.update!).to);
      for (const pending of batch) pending.stored?.();
      if (this.options.snapshot && (this.ownRows.length >= this.compactAt || this.compactRequested)) {
        this.compactRequested = false;
        await this.compact(this.options.snapshot);
      }
    }
  }

  /**
   * Replaces this instance's rows with one row holding the live document's state. Runs inside
   * the write queue, so every row it deletes was written before the snapshot was taken. The
   * snapshot row is inserted before the old rows are deleted, in one transaction: a crash
   * leaves either the old rows or the new one, never neither. Encoding the live document costs
   * a few milliseconds; replaying the stored log into a scratch document, as a standalone
   * compactor must, stalled the board for 150 ms at a time. Checking that the snapshot reads
   * back happens where the log writes (the worker thread, for the server). On PostgreSQL
   * another instance may be compacting the same board: then nothing is written and this one
   * tries again later.
   */
  private async compact(snapshot: () => BoardSnapshotBytes): Promise<void> {
    const replaced = this.ownRows.slice(0, maxIdsPerCompaction);
    try {
      const { update, stateVector } = snapshot();
      // The log checks that the snapshot reads back before it deletes anything.
      const snapshotRow = await this.boardLog.replace(this.boardId, update, replaced, stateVector);
      if (snapshotRow === null) {
        this.compactAt = this.ownRows.length + Math.ceil((this.options.compactAfter ?? Infinity) / 4);
        return;
      }
      // Rows relayed while the snapshot was written are kept: they were not replaced.
      const done = new Set(replaced);
      this.ownRows = [snapshotRow, ...this.ownRows.filter((id) => !done.has(id))];
      this.compactAt = this.options.compactAfter ?? Infinity;
      this.options.onCompacted?.(snapshotRow, replaced);
    } catch (error) {
      // The log stays correct, only longer; try again after as many rows again.
      metrics.dbErrors.inc({ where: "boardLog" });
      log.error(`board ${this.boardId}: compaction failed`, error);
      this.compactAt = this.ownRows.length + (this.options.compactAfter ?? Infinity);
    }
  }
}
