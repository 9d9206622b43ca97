// One open board: its in-memory document, the connections on it, their awareness, and the
// persistence queue. Updates are broadcast as soon as they are applied (latency matters for
// everyone watching) and acknowledged to their sender once stored (durability matters to them).
import * as Y from "yjs";
import * as awarenessProtocol from "y-protocols/awareness";
import type { Db } from "../db/client";
import { AwarenessBatcher } from "./awarenessBatcher";
import { BoardPersistence } from "./boardPersistence";
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

  constructor(
    readonly boardId: string,
    db: Db,
    compactAfter: number,
    public locked: boolean,
  ) {
    this.persistence = new BoardPersistence(db, boardId, { compactAfter });
    // The server is not a participant: it has no presence of its own.
    this.awareness.setLocalState(null);
    this.batcher = new AwarenessBatcher(this.awareness, (message) => this.broadcast(message));

    // Every transaction, not only those that emit "update": an update whose dependencies are
    // missing is kept as pending, which changes what encodeStateAsUpdate returns.
    this.doc.on("afterTransaction", () => (this.fullSync = null));
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === loading) return;
      this.broadcast(syncUpdate(update), origin instanceof Connection ? origin : undefined);
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

  join(connection: Connection): void {
    this.connections.add(connection);
  }

  leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    if (connection.awarenessIds.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessIds], null);
  }

  broadcast(message: Uint8Array, except?: Connection): void {
    for (const connection of this.connections) if (connection !== except) connection.send(message);
  }

  destroy(): void {
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
