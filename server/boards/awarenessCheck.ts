// Awareness messages (presence) checked like updates, before the room's Awareness sees them:
// y-protocols parses each state with JSON.parse and later re-encodes it with JSON.stringify and
// compares states with a recursive deep-equal. A state nested 20,000 deep parsed fine, then
// every newcomer's first message (everyone's presence, re-encoded) overflowed the stack.
// Here a message may carry a few small states of the board's presence schema; a state beyond
// that closes the connection. Of the states, only the connection's own are applied: for client
// ids it already speaks for, or new ones in the name of the person on the connection. The
// y-websocket client echoes every awareness change it receives back to the server, so other
// people's states arriving from a connection are normal, and are dropped, not refused.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { BoardEditor } from "../../lib/board/authorship";
import { presenceLimits, presenceStateSchema } from "../../lib/board/presence";
import { closeCode } from "../../lib/board/protocol";
import { contentLimits, jsonDepth } from "./scanUpdate";

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The state as sent (JSON text). */
  json: string;
  /** null: the client leaves. */
  state: { user?: { id: string; kind: string } } | null;
}

export class BadAwareness extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** Reads and validates an awareness update's entries; throws BadAwareness. */
export function readAwareness(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const entries: AwarenessEntry[] = [];
  try {
    const count = decoding.readVarUint(decoder);
    if (count > presenceLimits.entries) throw new BadAwareness(closeCode.beyondLimits, `awareness message with ${count} entries (at most ${presenceLimits.entries})`);
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const bytes = decoding.readVarUint8Array(decoder);
      if (clientId > contentLimits.client) throw new BadAwareness(closeCode.invalidUpdate, "awareness client id beyond 32 bits");
      if (bytes.byteLength > presenceLimits.stateBytes) throw new BadAwareness(closeCode.beyondLimits, `presence state of ${bytes.byteLength} bytes (at most ${presenceLimits.stateBytes})`);
      const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      if (jsonDepth(text) > contentLimits.depth) throw new BadAwareness(closeCode.beyondLimits, `presence state nested more than ${contentLimits.depth} levels deep`);
      const json: unknown = JSON.parse(text);
      if (json === null) {
        entries.push({ clientId, clock, json: text, state: null });
        continue;
      }
      const parsed = presenceStateSchema.safeParse(json);
      if (!parsed.success) throw new BadAwareness(closeCode.invalidUpdate, `presence state does not match the board's: ${parsed.error.issues[0]?.message ?? "invalid"}`);
      entries.push({ clientId, clock, json: text, state: parsed.data });
    }
    if (decoding.hasContent(decoder)) throw new BadAwareness(closeCode.malformed, "trailing bytes after the awareness update");
  } catch (error) {
    if (error instanceof BadAwareness) throw error;
    throw new BadAwareness(closeCode.malformed, `malformed awareness update: ${(error as Error).message}`);
  }
  return entries;
}

/**
 * The entries a connection may set: for client ids it already speaks for, or for a new client
 * id that no other connection holds, in the name of the person on the connection (at most a
 * few per connection). An entry no newer than what the room has (`knownClock`) is an echo and
 * is left out. Returns the rest as an awareness update, or null if none remain.
 */
export function ownAwareness(entries: AwarenessEntry[], editor: BoardEditor, own: ReadonlySet<number>, heldElsewhere: (clientId: number) => boolean, knownClock: (clientId: number) => number = () => -1): Uint8Array | null {
  const ids = new Set(own);
  const kept = entries.filter((entry) => {
    if (own.has(entry.clientId)) return true;
    if (entry.clock <= knownClock(entry.clientId)) return false;
    const user = entry.state?.user;
    const mine = user !== undefined && user.id === editor.id && user.kind === editor.kind;
    if (!mine || heldElsewhere(entry.clientId) || ids.size >= presenceLimits.clientsPerConnection) return false;
    ids.add(entry.clientId);
    return true;
  });
  if (kept.length === 0) return null;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const entry of kept) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.json);
  }
  return encoding.toUint8Array(encoder);
}
