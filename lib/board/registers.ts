// Overwrite-only registers ("last writer wins" per key) kept in a Y.Array of {k, v}.
// Writing deletes every existing entry for the key and appends a new one. Deleted entries
// written by one client sit next to each other and Yjs merges them into one small range,
// so a value overwritten thousands of times costs a few bytes, not a few bytes per write.
// Two clients writing the same key at once leave two entries; readers take the later one
// in array order, which every replica agrees on, and the next write removes both.
import * as Y from "yjs";

export interface RegisterEntry {
  k: string;
  v: unknown;
}

function isEntry(value: unknown): value is RegisterEntry {
  return typeof value === "object" && value !== null && typeof (value as RegisterEntry).k === "string" && "v" in value;
}

/** The current value per key. Entries that are not {k, v} objects are counted in `malformed`. */
export function readRegisters(array: Y.Array<unknown>): { values: Map<string, unknown>; malformed: number } {
  const values = new Map<string, unknown>();
  let malformed = 0;
  array.forEach((entry) => {
    if (isEntry(entry)) values.set(entry.k, entry.v);
    else malformed += 1;
  });
  return { values, malformed };
}

/** Deletes every entry whose key is in `keys`, walking from the end so indexes stay valid. */
export function deleteRegisters(array: Y.Array<unknown>, keys: ReadonlySet<string>): void {
  if (keys.size === 0) return;
  const entries = array.toArray();
  let runEnd = -1;
  for (let i = entries.length - 1; i >= -1; i--) {
    const hit = i >= 0 && isEntry(entries[i]) && keys.has((entries[i] as RegisterEntry).k);
    if (hit && runEnd < 0) runEnd = i;
    if (!hit && runEnd >= 0) {
      array.delete(i + 1, runEnd - i);
      runEnd = -1;
    }
  }
}

/** Sets several keys; call inside a transaction. */
export function writeRegisters(array: Y.Array<unknown>, values: ReadonlyMap<string, unknown>): void {
  if (values.size === 0) return;
  deleteRegisters(array, new Set(values.keys()));
  array.push([...values].map(([k, v]) => ({ k, v })));
}
