// Hooks for UIs: a change subscription, a store shaped for React's useSyncExternalStore, and
// an UndoManager that only undoes the local user's own edits.
import * as Y from "yjs";
import { readBoard } from "./readBoard";
import type { BoardSnapshot } from "./schema";
import { boardTypes } from "./shape";

/** Calls `listener` with a fresh snapshot after every transaction that changed the board. */
export function subscribeBoard(doc: Y.Doc, listener: (snapshot: BoardSnapshot, transaction: Y.Transaction) => void): () => void {
  const types = new Set<Y.AbstractType<unknown>>(boardTypes(doc));
  const onAfterTransaction = (tr: Y.Transaction) => {
    for (const changed of tr.changedParentTypes.keys()) {
      if (types.has(changed as Y.AbstractType<unknown>)) return listener(readBoard(doc), tr);
    }
    for (const changed of tr.changed.keys()) {
      if (types.has(changed as Y.AbstractType<unknown>)) return listener(readBoard(doc), tr);
    }
  };
  doc.on("afterTransaction", onAfterTransaction);
  return () => doc.off("afterTransaction", onAfterTransaction);
}

export interface BoardStore {
  subscribe(onStoreChange: () => void): () => void;
  /** The same object until the board changes, as useSyncExternalStore requires. */
  getSnapshot(): BoardSnapshot;
}

export function createBoardStore(doc: Y.Doc): BoardStore {
  let snapshot: BoardSnapshot | null = null;
  return {
    subscribe(onStoreChange) {
      return subscribeBoard(doc, (next) => {
        snapshot = next;
        onStoreChange();
      });
    },
    getSnapshot() {
      snapshot ??= readBoard(doc);
      return snapshot;
    },
  };
}

/**
 * Undo/redo of the edits made with `origin` only: pass the same origin to every write
 * helper the local user triggers, and another participant's edits are never undone.
 */
export function createBoardUndoManager(doc: Y.Doc, origin: unknown, captureTimeout = 500): Y.UndoManager {
  return new Y.UndoManager(boardTypes(doc), { trackedOrigins: new Set([origin]), captureTimeout });
}
