// Board updates between instances (docs/multi-instance.md): Redis pub/sub, one channel per
// board, subscribed while the board is open here. An instance publishes a row only after it is
// committed to PostgreSQL, so whatever the relay loses is in the shared log, and catching up
// from it is complete. Each message carries its sender and a sequence number per board, so a
// receiver sees a lost message as a gap and catches up at once.
import { randomBytes } from "node:crypto";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { Redis } from "ioredis";
import { log } from "../log";

export interface RelayListener {
  /** A row another instance committed: its id and the exact bytes stored. */
  row(rowId: number, data: Uint8Array): void;
  /** Another instance compacted the board: `rowId` replaced the rows `replaced`. */
  compacted(rowId: number, replaced: number[]): void;
  /** Cursors and names of another instance's clients (a y-websocket awareness message). */
  awareness(message: Uint8Array): void;
  /** A message from some instance was missed: catch up from PostgreSQL. */
  missed(): void;
}

/** Lock changes are for every instance, whether or not the board is open there. */
export type LockListener = (boardId: string, locked: boolean) => void;

export interface BoardRelay {
  /** Subscribes to the board; resolves once Redis confirmed (or gave up: the board opens anyway). */
  join(boardId: string, listener: RelayListener): Promise<void>;
  leave(boardId: string): void;
  publishRow(boardId: string, rowId: number, data: Uint8Array): void;
  publishCompaction(boardId: string, rowId: number, replaced: number[]): void;
  publishAwareness(boardId: string, message: Uint8Array): void;
  /** A board locked or unlocked (the database row is written already). */
  publishLock(boardId: string, locked: boolean): void;
  onLock(listener: LockListener): void;
}

const kind = { row: 0, compacted: 1, awareness: 2 } as const;
const prefix = "samla:board:";
const locksChannel = "samla:board-locks";

export function createBoardRelay({ publisher, subscriber, instanceId }: { publisher: Redis; subscriber: Redis; instanceId: string }): BoardRelay {
  // A restarted instance is a new sender (its sequence numbers start again).
  const origin = `${instanceId}#${randomBytes(4).toString("hex")}`;
  const listeners = new Map<string, RelayListener>();
  const sent = new Map<string, number>();
  /** Per board, per sender: the last sequence number received. */
  const received = new Map<string, Map<string, number>>();

  const lockListeners: LockListener[] = [];
  subscriber.subscribe(locksChannel).catch(() => undefined);

  subscriber.on("messageBuffer", (channelBuffer: Buffer, message: Buffer) => {
    const channel = channelBuffer.toString();
    if (channel === locksChannel) {
      const [from, boardId, locked] = message.toString().split(" ");
      if (from !== origin && boardId) for (const listener of lockListeners) listener(boardId, locked === "1");
      return;
    }
    const boardId = channel.slice(prefix.length);
    const listener = listeners.get(boardId);
    if (!listener) return;
    try {
      deliver(boardId, listener, new Uint8Array(message.buffer, message.byteOffset, message.byteLength));
    } catch (error) {
      log.warn(`board relay ${boardId}: unreadable message (${(error as Error).message}); catching up`);
      listener.missed();
    }
  });

  function deliver(boardId: string, listener: RelayListener, bytes: Uint8Array): void {
    const decoder = decoding.createDecoder(bytes);
    const from = decoding.readVarString(decoder);
    if (from === origin) return;
    const seq = decoding.readVarUint(decoder);
    const senders = received.get(boardId) ?? new Map<string, number>();
    received.set(boardId, senders);
    const last = senders.get(from);
    senders.set(from, seq);
    // The first message of a sender is taken as it comes: the board's load covered before it.
    if (last !== undefined && seq !== last + 1) listener.missed();
    switch (decoding.readVarUint(decoder)) {
      case kind.row:
        return listener.row(decoding.readVarUint(decoder), decoding.readVarUint8Array(decoder));
      case kind.compacted: {
        const rowId = decoding.readVarUint(decoder);
        const count = decoding.readVarUint(decoder);
        const replaced: number[] = [];
        for (let i = 0; i < count; i++) replaced.push(decoding.readVarUint(decoder));
        return listener.compacted(rowId, replaced);
      }
      case kind.awareness:
        return listener.awareness(decoding.readVarUint8Array(decoder));
      default:
        throw new Error("unknown message kind");
    }
  }

  function publish(boardId: string, write: (encoder: encoding.Encoder) => void): void {
    const seq = (sent.get(boardId) ?? 0) + 1;
    sent.set(boardId, seq);
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, origin);
    encoding.writeVarUint(encoder, seq);
    write(encoder);
    // A failed publish is not retried: the receivers see the gap in the sequence numbers (or,
    // for the last message before a silence, the periodic catch-up) and read PostgreSQL.
    publisher.publish(prefix + boardId, Buffer.from(encoding.toUint8Array(encoder))).catch(() => undefined);
  }

  return {
    async join(boardId, listener) {
      listeners.set(boardId, listener);
      received.delete(boardId);
      try {
        await subscriber.subscribe(prefix + boardId);
      } catch (error) {
        // ioredis subscribes again once it is connected; the reconnect's catch-up covers the gap.
        log.warn(`board relay ${boardId}: not subscribed yet (${(error as Error).message})`);
      }
    },
    leave(boardId) {
      listeners.delete(boardId);
      received.delete(boardId);
      sent.delete(boardId);
      subscriber.unsubscribe(prefix + boardId).catch(() => undefined);
    },
    publishRow(boardId, rowId, data) {
      publish(boardId, (e) => {
        encoding.writeVarUint(e, kind.row);
        encoding.writeVarUint(e, rowId);
        encoding.writeVarUint8Array(e, data);
      });
    },
    publishCompaction(boardId, rowId, replaced) {
      publish(boardId, (e) => {
        encoding.writeVarUint(e, kind.compacted);
        encoding.writeVarUint(e, rowId);
        encoding.writeVarUint(e, replaced.length);
        for (const id of replaced) encoding.writeVarUint(e, id);
      });
    },
    publishLock(boardId, locked) {
      publisher.publish(locksChannel, `${origin} ${boardId} ${locked ? "1" : "0"}`).catch(() => undefined);
    },
    onLock(listener) {
      lockListeners.push(listener);
    },
    publishAwareness(boardId, message) {
      publish(boardId, (e) => {
        encoding.writeVarUint(e, kind.awareness);
        encoding.writeVarUint8Array(e, message);
      });
    },
  };
}
