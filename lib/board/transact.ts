// Every write helper runs in exactly one transaction with the caller's origin, so one user
// action is one update on the wire and one step for an UndoManager tracking that origin.
import type * as Y from "yjs";

export function write<T>(doc: Y.Doc, origin: unknown, fn: (tr: Y.Transaction) => T): T {
  let result: T | undefined;
  doc.transact((tr) => {
    result = fn(tr);
  }, origin ?? null);
  return result as T;
}
