// Stored rows, read back defensively. A row written before the board had content limits (or
// by a bug) may hold a value Yjs cannot read on a cold stack; skipping that whole row would
// drop everything else in it, and after a compaction one row is the whole board. So a row is
// scanned first (scanUpdate.ts, no recursion) and only the values beyond the limits are taken
// out, as deleted content that keeps its place; what cannot be read at all is skipped.
import * as Y from "yjs";
import { firstViolation, MalformedUpdate, scanUpdate } from "./scanUpdate";
import { withoutViolations } from "./rewriteUpdate";

export type StoredUpdate =
  /** `salvaged`: why some of it was taken out, or null when the row is used as stored. */
  | { ok: true; update: Uint8Array; salvaged: string | null }
  | { ok: false; reason: string };

export function readStoredUpdate(bytes: Uint8Array): StoredUpdate {
  try {
    const scan = scanUpdate(bytes);
    const violation = firstViolation(scan);
    return violation ? { ok: true, update: withoutViolations(scan), salvaged: violation } : { ok: true, update: bytes, salvaged: null };
  } catch (error) {
    if (error instanceof MalformedUpdate) return { ok: false, reason: error.message };
    throw error;
  }
}

/**
 * Throws unless `snapshot` reads back, within the limits, into exactly the state it was taken
 * from. Compaction deletes the rows a snapshot replaces: a snapshot that did not load would
 * take the whole board with it.
 */
export function assertSnapshotLoads(snapshot: Uint8Array, stateVector: Uint8Array): void {
  let violation: string | null;
  try {
    violation = firstViolation(scanUpdate(snapshot));
  } catch (error) {
    throw new Error(`the snapshot does not decode: ${(error as Error).message}`);
  }
  if (violation) throw new Error(`the snapshot holds a value beyond the limits: ${violation}`);
  const check = new Y.Doc({ gc: true });
  Y.applyUpdate(check, snapshot);
  if (!sameBytes(Y.encodeStateVector(check), stateVector)) throw new Error("the snapshot does not hold the state it was taken from");
  check.destroy();
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((byte, i) => byte === b[i]);
}
