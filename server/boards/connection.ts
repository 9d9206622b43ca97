// One client's WebSocket on one board: decodes its messages, applies what it may apply,
// queues its updates for storage and acknowledges them once stored.
import { randomUUID } from "node:crypto";
import * as Y from "yjs";
import type { WebSocket } from "ws";
import * as awarenessProtocol from "y-protocols/awareness";
import type { BoardEditor } from "../../lib/board/authorship";
import { closeCode, encodeDurableAck, encodeRefusal } from "../../lib/board/protocol";
import type { Principal } from "../platform/auth/authenticate";
import { log, type Logger } from "../platform/log";
import { metrics, secondsSince } from "../platform/metrics";
import { admitUpdate } from "./admitUpdate";
import { ownAwareness, type AwarenessEntry } from "./awarenessCheck";
import type { BoardRoom } from "./boardRoom";
import { BadMessage, decodeIncoming } from "./incoming";
import { awarenessUpdate, permissionDenied, syncStep1 } from "./messages";
import type { ScannedUpdate } from "./scanUpdate";

export interface ConnectionOptions {
  /** Who is editing, and as what: decides what of their edits the board takes. */
  editor: BoardEditor;
  /** Whether the client asked for durable acknowledgements (`?acks=1`). */
  acks: boolean;
  /** For logs only: never a token or a name. */
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
  /** Until the first awareness message: the provider's own state (see claimOwnClient). */
  private firstAwareness = true;
  private alive = true;
  /** This connection's lines carry its id and board, so one client's story can be followed. */
  private readonly log: Logger;
  private readonly openedAt = Date.now();

  constructor(
    readonly ws: WebSocket,
    private readonly room: BoardRoom,
    private readonly options: ConnectionOptions,
  ) {
    ws.binaryType = "nodebuffer";
    this.log = log.child({ connId: randomUUID(), boardId: room.boardId });
    this.log.info("yjs connection opened", { who: options.who, acks: options.acks });
    metrics.connections.inc({ kind: "board" });
    ws.once("close", (code) => {
      metrics.connections.dec({ kind: "board" });
      this.log.info("yjs connection closed", { code, ms: Date.now() - this.openedAt, updatesReceived: this.updatesReceived, updatesStored: this.updatesStored });
    });
    ws.on("message", (data, isBinary) => this.onMessage(data as Buffer, isBinary));
    ws.on("pong", () => (this.alive = true));
    // ws emits 'error' for protocol violations (bad RSV bits, oversize frames) and then closes
    // the socket itself; without a listener the error would take the whole process down.
    ws.on("error", (error) => this.log.warn(`yjs ${room.boardId}: socket error from ${options.who}: ${error.message}`));
    this.send(syncStep1(room.doc));
    const states = room.awareness.getStates();
    if (states.size > 0) this.send(awarenessUpdate(room.awareness, [...states.keys()]));
  }

  get editor(): BoardEditor {
    return this.options.editor;
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
      this.log.warn(`yjs ${this.room.boardId}: closing ${this.options.who}: ${bad.message}`);
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
      case "awareness":
        return this.receiveAwareness(message.entries);
      case "update":
        return this.receiveUpdate(message.update, message.scan);
    }
  }

  private receiveAwareness(entries: AwarenessEntry[]): void {
    const claimed = this.firstAwareness ? this.claimOwnClient(entries) : false;
    this.firstAwareness = false;
    const known = (id: number) => this.room.awareness.meta.get(id)?.clock ?? -1;
    const own = ownAwareness(entries, this.options.editor, this.awarenessIds, (id) => !this.takeOver(id), known);
    if (own) awarenessProtocol.applyAwarenessUpdate(this.room.awareness, own, this);
    // Its edits may all be stored already (the old socket delivered them), and an ack names
    // only the clients a connection speaks for: say so now, or the board would show «Lagrer …»
    // until the next edit.
    if (claimed) this.acknowledge();
  }

  /**
   * A provider's first awareness message on a connection is its own state alone. After a
   * network drop it repeats the clock the room already has (an echo, which claims nothing
   * later on: a second tab forwards the first tab's states), while the old socket may still
   * linger here: the client id moves to this connection of the same person.
   */
  private claimOwnClient(entries: AwarenessEntry[]): boolean {
    if (entries.length !== 1) return false;
    const [entry] = entries;
    const user = entry.state?.user;
    if (!user || !this.isEditor(user) || this.awarenessIds.has(entry.clientId) || !this.takeOver(entry.clientId)) return false;
    this.awarenessIds.add(entry.clientId);
    return true;
  }

  /**
   * Whether this connection may speak for a Yjs client id it does not hold yet: not the
   * room's own, and not one another person's connection holds. One the same person holds on an
   * older connection (a reconnect before the server noticed the old socket gone) is released
   * there, so it can move here.
   */
  private takeOver(clientId: number): boolean {
    if (clientId === this.room.doc.clientID) return false;
    const holder = this.room.presenceHolder(clientId, this);
    if (!holder) return true;
    if (!this.isEditor(holder.editor)) return false;
    holder.awarenessIds.delete(clientId);
    return true;
  }

  private isEditor(other: { id: string; kind: string }): boolean {
    return other.id === this.options.editor.id && other.kind === this.options.editor.kind;
  }

  private receiveUpdate(update: Uint8Array, scan: ScannedUpdate): void {
    const number = ++this.updatesReceived;
    const received = process.hrtime.bigint();
    metrics.boardUpdates.inc();
    const admission = admitUpdate(this.room.doc, update, scan, this.options.editor, this.room.locked, (client) => this.ownerOf(client));
    if (admission.kind === "close") throw new BadMessage(admission.code, admission.reason);
    if (admission.refusal) {
      const reason = encodeRefusal({ code: admission.refusal.code, message: number }, admission.refusal.sentence);
      this.log.info(`yjs ${this.room.boardId}: refused an edit from ${this.options.who}: ${reason}`);
      this.send(permissionDenied(reason));
    }
    if (admission.kind === "skip") {
      // Still acknowledged in turn: the client counts its messages, stored or not.
      this.room.persistence.enqueue(null, () => this.acknowledge(number));
      return;
    }
    const clocks = Y.parseUpdateMeta(admission.update).to;
    for (const client of clocks.keys()) this.clientIds.add(client);
    Y.applyUpdate(this.room.doc, admission.update, this);
    this.room.persistence.enqueue(
      admission.update,
      () => {
        metrics.durableAck.observe(secondsSince(received));
        this.acknowledge(number);
      },
      clocks,
    );
  }

  /** Whose stream of edits a Yjs client id is, seen from this connection (see admitUpdate.ts). */
  private ownerOf(client: number): "mine" | "theirs" | "nobody" {
    if (this.clientIds.has(client) || this.awarenessIds.has(client)) return "mine";
    if (client === this.room.doc.clientID) return "theirs";
    for (const other of this.room.connections) {
      if (other === this || !(other.clientIds.has(client) || other.awarenessIds.has(client))) continue;
      // The same person on a second connection (a reconnect before the old socket was noticed gone).
      const same = this.isEditor(other.editor);
      return same ? "mine" : "theirs";
    }
    return "nobody";
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
    metrics.boardAcks.inc();
  }
}
