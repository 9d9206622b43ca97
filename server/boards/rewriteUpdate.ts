// Writes a scanned update (scanUpdate.ts) back out with some of its parts taken away, keeping
// every id in place. Yjs needs each client's edits without gaps, so a struct is never simply
// left out; it is replaced by one of the same length:
//
// - a GC struct for an edit that is refused (editPolicy.ts): the id range is then taken on the
//   server for good, so the same edit sent again (from an offline copy, after a reload) is a
//   duplicate Yjs ignores, and whatever the sender built on it is garbage-collected too;
// - deleted content for a value beyond contentLimits found in a stored row: the item keeps its
//   place, so later edits that refer to it (the next value of the same map key) still apply.
import * as encoding from "lib0/encoding";
import type { DeleteRange, ScannedStruct, ScannedUpdate } from "./scanUpdate";

type Replacement = "gc" | "deleted";

function writeStruct(encoder: encoding.Encoder, scan: ScannedUpdate, struct: ScannedStruct, replacement: Replacement | null): void {
  if (replacement === null || struct.kind !== "item") {
    encoding.writeUint8Array(encoder, scan.bytes.subarray(struct.start, struct.end));
  } else if (replacement === "gc") {
    encoding.writeUint8(encoder, 0);
    encoding.writeVarUint(encoder, struct.length);
  } else {
    // Same origin, neighbours, parent and key (the bits above the content ref), content ref 1.
    encoding.writeUint8(encoder, (struct.info & 0b1110_0000) | 1);
    encoding.writeUint8Array(encoder, scan.bytes.subarray(struct.start + 1, struct.contentStart));
    encoding.writeVarUint(encoder, struct.length);
  }
}

/** `deletes` without the parts in `minus` (both lists of ranges). */
function subtract(deletes: DeleteRange[], minus: DeleteRange[]): DeleteRange[] {
  if (minus.length === 0) return deletes;
  const out: DeleteRange[] = [];
  for (const range of deletes) {
    let pieces: DeleteRange[] = [range];
    for (const cut of minus) {
      if (cut.client !== range.client) continue;
      pieces = pieces.flatMap((piece) => {
        const cutEnd = cut.clock + cut.length;
        const pieceEnd = piece.clock + piece.length;
        if (cutEnd <= piece.clock || cut.clock >= pieceEnd) return [piece];
        const kept: DeleteRange[] = [];
        if (cut.clock > piece.clock) kept.push({ client: piece.client, clock: piece.clock, length: cut.clock - piece.clock });
        if (cutEnd < pieceEnd) kept.push({ client: piece.client, clock: cutEnd, length: pieceEnd - cutEnd });
        return kept;
      });
    }
    out.push(...pieces);
  }
  return out;
}

function writeDeleteSet(encoder: encoding.Encoder, deletes: DeleteRange[]): void {
  const byClient = new Map<number, DeleteRange[]>();
  for (const range of deletes) byClient.set(range.client, [...(byClient.get(range.client) ?? []), range]);
  encoding.writeVarUint(encoder, byClient.size);
  for (const [client, ranges] of byClient) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, ranges.length);
    for (const range of ranges) {
      encoding.writeVarUint(encoder, range.clock);
      encoding.writeVarUint(encoder, range.length);
    }
  }
}

/** `dropFrom`: per client, the struct index from which its edits are left out of the update. */
function rewrite(scan: ScannedUpdate, replacementOf: (struct: ScannedStruct, index: number) => Replacement | null, deletes: DeleteRange[], dropFrom: ReadonlyMap<number, number> = new Map()): Uint8Array {
  const blocks = scan.blocks
    .map((block) => ({ block, count: Math.min(block.count, (dropFrom.get(block.client) ?? Infinity) - block.first) }))
    .filter(({ count }) => count > 0);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, blocks.length);
  for (const { block, count } of blocks) {
    encoding.writeVarUint(encoder, count);
    encoding.writeVarUint(encoder, block.client);
    encoding.writeVarUint(encoder, block.clock);
    for (let i = block.first; i < block.first + count; i++) writeStruct(encoder, scan, scan.structs[i], replacementOf(scan.structs[i], i));
  }
  // Deleting what was left out would wait for it as pending: those ranges go too.
  const dropped: DeleteRange[] = [...dropFrom].map(([client, index]) => ({ client, clock: scan.structs[index].clock, length: Number.MAX_SAFE_INTEGER - scan.structs[index].clock }));
  writeDeleteSet(encoder, subtract(deletes, dropped));
  return encoding.toUint8Array(encoder);
}

/**
 * The update with the refused structs turned into GC, the refused deletions taken out, and,
 * per client in `dropFrom`, its edits from that struct index on left out entirely.
 */
export function withoutRefused(scan: ScannedUpdate, structs: ReadonlySet<number> | "all", deletes: DeleteRange[] | "all", dropFrom?: ReadonlyMap<number, number>): Uint8Array {
  return rewrite(scan, (_struct, index) => (structs === "all" || structs.has(index) ? "gc" : null), deletes === "all" ? [] : subtract(scan.deletes, deletes), dropFrom);
}

/**
 * The update with every value beyond the limits deleted (a struct whose references are the
 * problem, such as an unknown root type, becomes GC). For salvaging stored rows.
 */
export function withoutViolations(scan: ScannedUpdate): Uint8Array {
  return rewrite(scan, (struct) => (struct.violation === null ? null : struct.violationInHeader ? "gc" : "deleted"), scan.deletes);
}
