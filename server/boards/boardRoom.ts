// One open board: its in-memory document, the connections on it, their awareness, and the
// persistence queue. Updates are broadcast as soon as they are applied (latency matters for
// everyone watching) and acknowledged to their sender once stored (durability matters to them).
// On a quiet board each update goes out at once. When several arrive in one turn of the event
// loop, those after the first go out together at the end of the turn as one merged message,
// and while the board stays that busy every turn's updates go out that way: on a board with
// 300 people, N updates × N sockets become one message per socket per turn.
import * as Y from "yjs";
import * as awarenessProtocol from "y-protocols/awareness";
import type { Db } from "../platform/db/client";
import type { BoardRelay } from "../platform/cluster/boardRelay";
import { log } from "../platform/log";
import type { BoardLog } from "./log/boardLog";
import { AwarenessBatcher } from "./awarenessBatcher";
import { BoardPersistence, snapshotOf } from "./boardPersistence";
import { Connection } from "./connection";
import { decodeIncoming } from "./incoming";
import { syncStep2FromUpdate, syncUpdate } from "./messages";
import { readStoredUpdate } from "./storedUpdate";

/** Origin of updates replayed from the database: not broadcast, not stored again. */
const loading = Symbol("loading");
/**
 * Origin of rows another instance committed (relayed, or caught up from the log): broadcast to
 * this instance's clients, never stored or relayed again (no loop between instances).
 */
const relayed = Symbol("relayed");

export class BoardRoom {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<Connection>();
  readonly persistence: BoardPersistence;
  /** Set by YjsServer.prepareBoard: the room is kept in memory until then, connected or not. */
  preparedUntil = 0;
  private readonly batcher: AwarenessBatcher;
  /**
   * Sync step 2 for a client that has nothing yet (an empty state vector): the whole document,
   * encoded once and reused until the document changes. A room of newcomers (a workshop
   * starting, everyone reloading) would otherwise re-encode a 2,000-note board per person.
   */
  private fullSync: Uint8Array | null = null;
  /** Whether the end of this turn of the event loop is scheduled (see queueBroadcast). */
  private turnEnding = false;
  /** Whether the last turn brought more than one update: then updates wait for the turn's end. */
  private busy = false;
  /** Applied updates waiting for the end of this turn. */
  private outgoing: Uint8Array[] = [];
  /** Several instances: what the relay brought before the board finished loading. */
  private relayBacklog: Array<() => void> | null = [];
  /** Cursors of this instance's clients, batched for the other instances. */
  private readonly relayBatcher: AwarenessBatcher | null = null;
  private catchingUp: Promise<void> | null = null;
  private catchUpAgain = false;
  /** Rows that did not apply: logged once, not fetched again by every catch-up. */
  private readonly unreadable = new Set<number>();

  constructor(
    readonly boardId: string,
    private readonly db: Db,
    boardLog: BoardLog,
    compactAfter: number,
    public locked: boolean,
    private readonly relay: BoardRelay | null = null,
  ) {
    this.persistence = new BoardPersistence(db, boardId, {
      boardLog,
      compactAfter,
      snapshot: snapshotOf(this.doc),
      onStored: relay ? (rowId, data) => relay.publishRow(boardId, rowId, data) : undefined,
      onCompacted: relay ? (rowId, replaced) => relay.publishCompaction(boardId, rowId, replaced) : undefined,
    });
    // The server is not a participant: it has no presence of its own.
    this.awareness.setLocalState(null);
    this.batcher = new AwarenessBatcher(this.awareness, (message) => this.broadcast(message));
    if (relay) this.relayBatcher = new AwarenessBatcher(this.awareness, (message) => relay.publishAwareness(boardId, message));

    // Every transaction, not only those that emit "update": an update whose dependencies are
    // missing is kept as pending, which changes what encodeStateAsUpdate returns.
    this.doc.on("afterTransaction", () => (this.fullSync = null));
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === loading) return;
      this.queueBroadcast(update, origin instanceof Connection ? origin : undefined);
      // Connections store the update exactly as received (see Connection.receiveUpdate); edits
      // made on the server itself (ranks after a vote, copies to the plenary) are stored here.
      // Relayed rows are stored already.
      if (!(origin instanceof Connection) && origin !== relayed) this.persistence.enqueue(update);
    });

    this.awareness.on("update", ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      if (origin instanceof Connection) {
        for (const id of added) origin.awarenessIds.add(id);
        for (const id of removed) origin.awarenessIds.delete(id);
        // A reconnecting client may already have everything stored: tell it so at once.
        if (added.length > 0) origin.acknowledge();
      }
      this.batcher.add([...added, ...updated, ...removed]);
      if (origin !== relayed) this.relayBatcher?.add([...added, ...updated, ...removed]);
    });
  }

  async load(): Promise<void> {
    // Subscribe before reading the log: a row committed after the subscription arrives by
    // relay, one committed before it is in the rows read below (docs/multi-instance.md).
    if (this.relay) {
      await this.relay.join(this.boardId, {
        row: (rowId, data) => this.whenLoaded(() => this.applyRelayed(rowId, data)),
        compacted: (_rowId, replaced) =>
          this.whenLoaded(() => {
            this.persistence.forget(replaced);
            void this.catchUp();
          }),
        awareness: (message) => this.whenLoaded(() => this.applyRelayedAwareness(message)),
        missed: () => this.whenLoaded(() => void this.catchUp()),
      });
    }
    const stored = await this.persistence.load(this.doc, loading);
    const backlog = this.relayBacklog ?? [];
    this.relayBacklog = null;
    for (const run of backlog) run();
    // A log compacted to one row already is the document's full state: answer newcomers with
    // it rather than encoding the same bytes again. Only when it applied completely (nothing
    // pending), so the row and the document hold exactly the same content.
    if (stored.length === 1 && this.doc.store.pendingStructs === null && this.doc.store.pendingDs === null) this.fullSync = syncStep2FromUpdate(stored[0]);
  }

  /** The sync step 2 message that brings a client with `stateVector` up to date. */
  syncStep2(stateVector: Uint8Array): Uint8Array {
    // An empty state vector is one byte (a zero count): the client has nothing of this board.
    if (stateVector.byteLength === 1 && stateVector[0] === 0) return (this.fullSync ??= syncStep2FromUpdate(Y.encodeStateAsUpdate(this.doc)));
    return syncStep2FromUpdate(Y.encodeStateAsUpdate(this.doc, stateVector));
  }

  /** The connection other than `except` that publishes presence as awareness client `clientId`, if any. */
  presenceHolder(clientId: number, except: Connection): Connection | null {
    for (const connection of this.connections) if (connection !== except && connection.awarenessIds.has(clientId)) return connection;
    return null;
  }

  private whenLoaded(run: () => void): void {
    if (this.relayBacklog) this.relayBacklog.push(run);
    else run();
  }

  /**
   * A row committed by another instance: apply it, and it is this document's to compact. Read
   * like a row loaded from the database (storedUpdate.ts): catch-up may fetch old rows.
   */
  private applyRelayed(rowId: number, data: Uint8Array): void {
    const stored = readStoredUpdate(data);
    try {
      if (!stored.ok) throw new Error(stored.reason);
      Y.applyUpdate(this.doc, stored.update, relayed);
    } catch (error) {
      log.error(`board ${this.boardId}: stored row ${rowId} does not apply here; skipped`, error);
      this.unreadable.add(rowId);
      return;
    }
    this.persistence.hold(rowId, data);
  }

  private applyRelayedAwareness(message: Uint8Array): void {
    const incoming = decodeIncoming(message);
    if (incoming.kind === "awareness") awarenessProtocol.applyAwarenessUpdate(this.awareness, incoming.update, relayed);
  }

  /**
   * Brings the document up to the shared log: applies every row it does not hold and forgets
   * held rows that are gone (compacted elsewhere). Called on a relay gap, after Redis comes
   * back, after another instance compacted, and every so often; calls while one runs are
   * folded into one more run.
   */
  catchUp(): Promise<void> {
    if (!this.relay) return Promise.resolve();
    if (this.catchingUp) {
      this.catchUpAgain = true;
      return this.catchingUp;
    }
    this.catchingUp = (async () => {
      do {
        this.catchUpAgain = false;
        // Held before listing: every held row was committed before the list is read, so a
        // held row missing from the list was deleted by a compaction.
        const held = this.persistence.heldRows();
        const listed = await this.db.boardUpdate.findMany({ where: { boardId: this.boardId }, select: { id: true }, orderBy: { id: "asc" } });
        const present = new Set(listed.map((row) => row.id));
        this.persistence.forget([...held].filter((id) => !present.has(id)));
        const missing = listed.map((row) => row.id).filter((id) => !held.has(id) && !this.unreadable.has(id));
        if (missing.length === 0) continue;
        const rows = await this.db.boardUpdate.findMany({ where: { boardId: this.boardId, id: { in: missing } }, select: { id: true, data: true }, orderBy: { id: "asc" } });
        for (const row of rows) this.applyRelayed(row.id, row.data);
      } while (this.catchUpAgain);
    })()
      .catch((error) => log.error(`board ${this.boardId}: catching up from the log failed`, error))
      .finally(() => (this.catchingUp = null));
    return this.catchingUp;
  }

  join(connection: Connection): void {
    this.connections.add(connection);
  }

  leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    if (connection.awarenessIds.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessIds], null);
  }

  private queueBroadcast(update: Uint8Array, from?: Connection): void {
    if (!this.turnEnding) {
      this.turnEnding = true;
      setImmediate(() => this.endTurn());
      if (!this.busy) return this.broadcast(syncUpdate(update), from);
    }
    this.outgoing.push(update);
  }

  private endTurn(): void {
    this.turnEnding = false;
    const batch = this.outgoing;
    this.outgoing = [];
    this.busy = batch.length > 1;
    if (batch.length === 0) return;
    // A merged update goes to everyone, its senders too: a client receiving its own edit back
    // ignores it (Yjs updates are idempotent), which is far cheaper than merging a separate
    // message per sender.
    this.broadcast(syncUpdate(batch.length === 1 ? batch[0] : Y.mergeUpdates(batch)));
  }

  broadcast(message: Uint8Array, except?: Connection): void {
    // As a Buffer once, rather than ws wrapping the same bytes anew for every socket.
    const bytes = Buffer.from(message.buffer, message.byteOffset, message.byteLength);
    for (const connection of this.connections) if (connection !== except) connection.send(bytes);
  }

  destroy(): void {
    this.outgoing = [];
    this.relay?.leave(this.boardId);
    this.relayBatcher?.stop();
    this.batcher.stop();
    this.awareness.destroy();
    this.doc.destroy();
  }
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}
