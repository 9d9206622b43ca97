// One client's WebSocket on one board: decodes its messages, applies what it may apply,
// queues its updates for storage and acknowledges them once stored.
import * as Y from "yjs";
import type { WebSocket } from "ws";
import * as awarenessProtocol from "y-protocols/awareness";
import { closeCode, encodeDurableAck } from "../../lib/board/protocol";
import type { Principal } from "../auth/authenticate";
import { log } from "../log";
import type { BoardRoom } from "./boardRoom";
import { BadMessage, decodeIncoming } from "./incoming";
import { awarenessUpdate, permissionDenied, syncStep1 } from "./messages";

export interface ConnectionOptions {
  /** Why this client may not edit (observer), or null. The board's lock is checked separately. */
  readOnlyReason: string | null;
  /** Whether the client asked for durable acknowledgements (`?acks=1`). */
  acks: boolean;
  /** For logs only. */
  who: string;
  /** Who opened this connection, so it can be closed when their access ends. */
  principal: Principal;
}

export class Connection {
  /** Yjs and awareness client ids seen from this connection; acks report their stored clocks. */
  readonly clientIds = new Set<number>();
  readonly awarenessIds = new Set<number>();
  private updatesReceived = 0;
  private updatesStored = 0;
  private alive = true;

  constructor(
    readonly ws: WebSocket,
    private readonly room: BoardRoom,
    private readonly options: ConnectionOptions,
  ) {
    ws.binaryType = "nodebuffer";
    ws.on("message", (data, isBinary) => this.onMessage(data as Buffer, isBinary));
    ws.on("pong", () => (this.alive = true));
    // ws emits 'error' for protocol violations (bad RSV bits, oversize frames) and then closes
    // the socket itself; without a listener the error would take the whole process down.
    ws.on("error", (error) => log.warn(`yjs ${room.boardId}: socket error from ${options.who}: ${error.message}`));
    this.send(syncStep1(room.doc));
    const states = room.awareness.getStates();
    if (states.size > 0) this.send(awarenessUpdate(room.awareness, [...states.keys()]));
  }

  send(message: Uint8Array): void {
    // No per-message callback: a failed write surfaces as the socket's 'error' and 'close'
    // anyway, and a callback per message per socket is measurable when a board fans out.
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(message);
  }

  get principal(): Principal {
    return this.options.principal;
  }

  close(code: number, reason: string): void {
    if (this.ws.readyState === this.ws.OPEN || this.ws.readyState === this.ws.CONNECTING) this.ws.close(code, reason.slice(0, 120));
  }

  /** Heartbeat: true if the client answered the last ping. */
  checkAlive(): boolean {
    if (!this.alive) return false;
    this.alive = false;
    this.ws.ping();
    return true;
  }

  private onMessage(data: Buffer, isBinary: boolean): void {
    // The server thread is awake anyway: settle finished writes now, so their acks go out
    // without waiting for the worker's reply to come round in the event loop.
    this.room.persistence.collectFinishedWrites();
    try {
      if (!isBinary) throw new BadMessage(closeCode.malformed, "text frames are not y-websocket messages");
      this.handle(decodeIncoming(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
    } catch (error) {
      const bad = error instanceof BadMessage ? error : new BadMessage(closeCode.invalidUpdate, `could not apply: ${(error as Error).message}`);
      log.warn(`yjs ${this.room.boardId}: closing ${this.options.who}: ${bad.message}`);
      this.close(bad.code, bad.message);
    }
  }

  private handle(message: ReturnType<typeof decodeIncoming>): void {
    switch (message.kind) {
      case "syncStep1":
        this.send(this.room.syncStep2(message.stateVector));
        return;
      case "queryAwareness":
        this.send(awarenessUpdate(this.room.awareness, [...this.room.awareness.getStates().keys()]));
        return;
      case "awareness": {
        const claimed = this.room.claimAwareness(this, message.clientIds);
        awarenessProtocol.applyAwarenessUpdate(this.room.awareness, message.update, this);
        // Its edits may all be stored already (a reconnect after the old socket delivered them),
        // and an ack names only the clients a connection speaks for: say so now, or the board
        // would show «Lagrer …» until the next edit.
        if (claimed) this.acknowledge();
        return;
      }
      case "update":
        return this.receiveUpdate(message.update, message.empty);
    }
  }

  private receiveUpdate(update: Uint8Array, empty: boolean): void {
    const refusal = this.options.readOnlyReason ?? (this.room.locked ? "the board is locked" : null);
    if (refusal) {
      // A read-only client's initial sync reply is usually empty: nothing to refuse.
      if (!empty) this.send(permissionDenied(`${refusal}; your change was not saved`));
      return;
    }
    const number = ++this.updatesReceived;
    if (empty) {
      this.room.persistence.enqueue(null, () => this.acknowledge(number));
      return;
    }
    const clocks = Y.parseUpdateMeta(update).to;
    for (const client of clocks.keys()) this.clientIds.add(client);
    Y.applyUpdate(this.room.doc, update, this);
    this.room.persistence.enqueue(update, () => this.acknowledge(number), clocks);
  }

  /** Tells the client that its first `stored` updates are in the database. */
  acknowledge(stored = this.updatesStored): void {
    this.updatesStored = Math.max(this.updatesStored, stored);
    if (!this.options.acks) return;
    const clocks = new Map<number, number>();
    for (const client of [...this.clientIds, ...this.awarenessIds]) {
      const clock = this.room.persistence.durableState.get(client);
      if (clock !== undefined) clocks.set(client, clock);
    }
    this.send(encodeDurableAck({ stored: this.updatesStored, clocks }));
  }
}
