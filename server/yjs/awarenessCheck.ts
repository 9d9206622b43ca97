// Awareness messages (presence) checked like updates, before the room's Awareness sees them:
// y-protocols parses each state with JSON.parse and later re-encodes it with JSON.stringify and
// compares states with a recursive deep-equal. A state nested 20,000 deep parsed fine, then
// every newcomer's first message (everyone's presence, re-encoded) overflowed the stack.
// Here a message may carry a few small states of the board's presence schema, for client ids
// its connection speaks for, naming the person on the connection.
import * as decoding from "lib0/decoding";
import type { BoardEditor } from "../../lib/board/authorship";
import { presenceLimits, presenceStateSchema } from "../../lib/board/presence";
import { closeCode } from "../../lib/board/protocol";
import { contentLimits, jsonDepth } from "./scanUpdate";

export interface AwarenessEntry {
  clientId: number;
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
      decoding.readVarUint(decoder); // clock
      const bytes = decoding.readVarUint8Array(decoder);
      if (clientId > contentLimits.client) throw new BadAwareness(closeCode.invalidUpdate, "awareness client id beyond 32 bits");
      if (bytes.byteLength > presenceLimits.stateBytes) throw new BadAwareness(closeCode.beyondLimits, `presence state of ${bytes.byteLength} bytes (at most ${presenceLimits.stateBytes})`);
      const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      if (jsonDepth(text) > contentLimits.depth) throw new BadAwareness(closeCode.beyondLimits, `presence state nested more than ${contentLimits.depth} levels deep`);
      const json: unknown = JSON.parse(text);
      if (json === null) {
        entries.push({ clientId, state: null });
        continue;
      }
      const parsed = presenceStateSchema.safeParse(json);
      if (!parsed.success) throw new BadAwareness(closeCode.invalidUpdate, `presence state does not match the board's: ${parsed.error.issues[0]?.message ?? "invalid"}`);
      entries.push({ clientId, state: parsed.data });
    }
    if (decoding.hasContent(decoder)) throw new BadAwareness(closeCode.malformed, "trailing bytes after the awareness update");
  } catch (error) {
    if (error instanceof BadAwareness) throw error;
    throw new BadAwareness(closeCode.malformed, `malformed awareness update: ${(error as Error).message}`);
  }
  return entries;
}

/**
 * Checks that a connection speaks only for itself: for client ids it already holds or nobody
 * holds (at most a few), and as the person it authenticated as. Returns the refusal, or null.
 */
export function awarenessRefusal(entries: AwarenessEntry[], editor: BoardEditor, own: ReadonlySet<number>, heldByOthers: (clientId: number) => boolean): string | null {
  const ids = new Set(own);
  for (const entry of entries) {
    if (!own.has(entry.clientId) && heldByOthers(entry.clientId)) return `presence for client ${entry.clientId}, which is another connection's`;
    ids.add(entry.clientId);
    const user = entry.state?.user;
    if (user && (user.id !== editor.id || user.kind !== editor.kind)) return "presence in someone else's name";
  }
  if (ids.size > presenceLimits.clientsPerConnection) return `presence for more than ${presenceLimits.clientsPerConnection} clients on one connection`;
  return null;
}
