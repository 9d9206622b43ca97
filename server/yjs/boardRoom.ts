// One open board: its in-memory document, the connections on it, their awareness, and the
// persistence queue. Updates are broadcast as soon as they are applied (latency matters for
// everyone watching) and acknowledged to their sender once stored (durability matters to them).
// On a quiet board each update goes out at once. When several arrive in one turn of the event
// loop, those after the first go out together at the end of the turn as one merged message,
// and while the board stays that busy every turn's updates go out that way: on a board with
// 300 people, N updates × N sockets become one message per socket per turn.
import * as Y from "yjs";
import * as awarenessProtocol from "y-protocols/awareness";
import type { Db } from "../db/client";
import type { BoardLog } from "./log/boardLog";
import { AwarenessBatcher } from "./awarenessBatcher";
import { BoardPersistence, snapshotOf } from "./boardPersistence";
import { Connection } from "./connection";
import { syncStep2FromUpdate, syncUpdate } from "./messages";

/** Origin of updates replayed from the database: not broadcast, not stored again. */
const loading = Symbol("loading");

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

  constructor(
    readonly boardId: string,
    db: Db,
    boardLog: BoardLog,
    compactAfter: number,
    public locked: boolean,
  ) {
    this.persistence = new BoardPersistence(db, boardId, { boardLog, compactAfter, snapshot: snapshotOf(this.doc) });
    // The server is not a participant: it has no presence of its own.
    this.awareness.setLocalState(null);
    this.batcher = new AwarenessBatcher(this.awareness, (message) => this.broadcast(message));

    // Every transaction, not only those that emit "update": an update whose dependencies are
    // missing is kept as pending, which changes what encodeStateAsUpdate returns.
    this.doc.on("afterTransaction", () => (this.fullSync = null));
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === loading) return;
      this.queueBroadcast(update, origin instanceof Connection ? origin : undefined);
      // Connections store the update exactly as received (see Connection.receiveUpdate); edits
      // made on the server itself (ranks after a vote, copies to the plenary) are stored here.
      if (!(origin instanceof Connection)) this.persistence.enqueue(update);
    });

    this.awareness.on("update", ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      if (origin instanceof Connection) {
        for (const id of added) origin.awarenessIds.add(id);
        for (const id of removed) origin.awarenessIds.delete(id);
        // A reconnecting client may already have everything stored: tell it so at once.
        if (added.length > 0) origin.acknowledge();
      }
      this.batcher.add([...added, ...updated, ...removed]);
    });
  }

  async load(): Promise<void> {
    const stored = await this.persistence.load(this.doc, loading);
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
