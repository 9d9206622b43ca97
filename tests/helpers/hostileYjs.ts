// Byte-exact hostile y-websocket messages, for tests that check the board server's limits.
// Written with lib0's encoder directly: Yjs's own encoder recurses into values and cannot even
// produce some of these (which is the point).
import * as encoding from "lib0/encoding";
import { messageType } from "../../lib/board";

/**
 * An update setting `root[key]` to an object nested `depth` levels: `{a: {a: … null}}`, in
 * bytes `76 01 01 61` repeated, then `7e` (the yjs #652 family).
 */
export function deepValueUpdate(options: { client: number; clock: number; depth: number; root?: string; key?: string }): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1); // one client
  encoding.writeVarUint(e, 1); // one struct
  encoding.writeVarUint(e, options.client);
  encoding.writeVarUint(e, options.clock);
  encoding.writeUint8(e, 8 | 32); // ContentAny, with a parent key
  encoding.writeVarUint(e, 1); // parent is a root type, by name
  encoding.writeVarString(e, options.root ?? "notes");
  encoding.writeVarString(e, options.key ?? `deep-${options.client}-${options.clock}`);
  encoding.writeVarUint(e, 1); // one value
  for (let i = 0; i < options.depth; i++) encoding.writeUint8Array(e, new Uint8Array([0x76, 0x01, 0x01, 0x61]));
  encoding.writeUint8(e, 0x7e);
  encoding.writeVarUint(e, 0); // empty delete set
  return encoding.toUint8Array(e);
}

/** An update inserting one string of `length` characters into the root array `root`. */
export function longStringUpdate(options: { client: number; clock: number; length: number; root?: string }): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, options.client);
  encoding.writeVarUint(e, options.clock);
  encoding.writeUint8(e, 8); // ContentAny, no key: an array element
  encoding.writeVarUint(e, 1);
  encoding.writeVarString(e, options.root ?? "positions");
  encoding.writeVarUint(e, 1);
  encoding.writeUint8(e, 119); // a string
  encoding.writeVarString(e, "x".repeat(options.length));
  encoding.writeVarUint(e, 0);
  return encoding.toUint8Array(e);
}

/** An awareness update for one client whose state is the JSON text `state`. */
export function awarenessUpdateOf(clientId: number, clock: number, state: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, clientId);
  encoding.writeVarUint(e, clock);
  encoding.writeVarString(e, state);
  return encoding.toUint8Array(e);
}

/** `"[" × depth + "]" × depth`: a presence state that JSON.parse reads and JSON.stringify cannot write. */
export const deepJson = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

export function syncUpdateFrame(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, messageType.sync);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

export function awarenessFrame(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, messageType.awareness);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

