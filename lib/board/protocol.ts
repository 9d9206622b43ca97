// Wire constants that the Samla board server and its clients share, on top of the standard
// y-websocket messages (0 sync, 1 awareness, 2 auth, 3 query awareness).
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

export const messageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /**
   * "Your updates are stored": sent only to connections that asked with `?acks=1`, because a
   * standard y-websocket client logs "Unable to compute message" for types it does not know
   * (it keeps working; see docs/yjs-client.md).
   */
  durableAck: 100,
} as const;

/** Close codes the board server uses; the reason text says the details. */
export const closeCode = {
  /** Not a y-websocket message: bad varints, truncated, trailing bytes, a text frame. */
  malformed: 4400,
  /** A message type the server does not speak. */
  unknownType: 4404,
  /** A sync message whose Yjs update is empty, unparseable or fails to apply; an invalid presence state. */
  invalidUpdate: 4422,
  /**
   * Content beyond the board's limits: a value nested too deep, a string too long, a root type
   * the board does not have, a presence state too large (see server/boards/scanUpdate.ts).
   */
  beyondLimits: 4413,
  /**
   * The update builds on content the server does not have (it lost unsaved edits in a crash,
   * or the edit overtook the sync). Reconnect: the sync then sends everything it needs. In the
   * 4500 range on purpose: y-websocket takes every 44xx close as final and stops reconnecting,
   * which stranded a client whose edit raced its sync after an instance died.
   */
  resync: 4509,
  /** The participant was removed from the workshop; do not reconnect. */
  removed: 4403,
  /** The caller's access ended (signed out, account disabled): a reconnect is refused. */
  accessEnded: 4401,
  /** The server is stopping; reconnect later. */
  shuttingDown: 4503,
  /** Set by `ws` itself when a frame exceeds YJS_MAX_MESSAGE_BYTES (RFC 6455 "message too big"). */
  tooLarge: 1009,
} as const;

/**
 * Why the server refused an edit, and which of the connection's update messages (counted from
 * 1, as in durable acks) it was: the "permission denied" reason reads
 * `<code>#<message>: <sentence>`. The edit is not on the board and never will be: the client
 * should drop its copy of the board once that message is acknowledged, and sync again (see
 * docs/board-refusals.md).
 */
/** `resync`: the update carried other clients' edits the server could not take from this sender. */
export const refusalCodes = ["locked", "observer", "notYours", "resync"] as const;
export type RefusalCode = (typeof refusalCodes)[number];

export interface Refusal {
  code: RefusalCode;
  /** The refused update message, counted from 1 on its connection. */
  message: number;
}

export function encodeRefusal(refusal: Refusal, sentence: string): string {
  return `${refusal.code}#${refusal.message}: ${sentence}`;
}

/** Reads a refusal reason; an unknown or older one counts as "locked", message 0. */
export function decodeRefusal(reason: string): Refusal {
  const match = /^([A-Za-z]+)#(\d+):/.exec(reason);
  const code = (refusalCodes as readonly string[]).includes(match?.[1] ?? "") ? (match![1] as RefusalCode) : "locked";
  return { code, message: match ? Number(match[2]) : 0 };
}

export interface DurableAck {
  /** How many update-carrying sync messages of this connection are stored, counted from 1. */
  stored: number;
  /** For each Yjs client id this connection sent: the clock up to which its edits are stored. */
  clocks: Map<number, number>;
}

export function encodeDurableAck(ack: DurableAck): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageType.durableAck);
  encoding.writeVarUint(encoder, ack.stored);
  encoding.writeVarUint(encoder, ack.clocks.size);
  for (const [client, clock] of ack.clocks) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
  return encoding.toUint8Array(encoder);
}

/** Reads an ack after its message type has been read; throws on malformed input. */
export function readDurableAck(decoder: decoding.Decoder): DurableAck {
  const stored = decoding.readVarUint(decoder);
  const count = decoding.readVarUint(decoder);
  if (count > 100_000) throw new Error("ack lists too many clients");
  const clocks = new Map<number, number>();
  for (let i = 0; i < count; i++) clocks.set(decoding.readVarUint(decoder), decoding.readVarUint(decoder));
  return { stored, clocks };
}
