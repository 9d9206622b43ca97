// One board's chains for a React view: the shared board connection (components/board), its
// snapshot, and the chain write helpers bound to this person's origin, so undo and the
// "saved" indicator cover exactly their own edits.
"use client";
import { useMemo, useState } from "react";
import {
  BoardInputError,
  addAction,
  addActionChain,
  deleteAction,
  deleteActionChain,
  reorderAction,
  setChainFinal,
  setChainGoal,
  updateAction,
  type ActionFields,
  type BoardSnapshot,
} from "@/lib/board";
import { useBoardConnection, type BoardConnection } from "@/components/board/useBoardConnection";
import { useBoardSnapshot } from "@/components/board/useBoardSnapshot";

export interface ChainWrites {
  addChain(focusAreaId: string | null): string | null;
  deleteChain(chainId: string): void;
  setGoal(chainId: string, goal: string): void;
  setFinal(chainId: string, final: boolean): void;
  addAction(chainId: string): string | null;
  updateAction(chainId: string, actionId: string, changes: Partial<ActionFields>): void;
  moveAction(chainId: string, actionId: string, toIndex: number): void;
  deleteAction(chainId: string, actionId: string): void;
}

export interface ChainBoard {
  connection: BoardConnection | null;
  snapshot: BoardSnapshot;
  writes: ChainWrites | null;
  /** The last write the document refused (e.g. the chain was deleted by someone else meanwhile). */
  failure: string | null;
}

export function useChainBoard(boardId: string): ChainBoard {
  const connection = useBoardConnection(boardId);
  const doc = connection?.doc ?? null;
  const origin = connection?.origin;
  const [snapshot, readNow] = useBoardSnapshot(doc, origin, { holdWhilePressed: true });
  const [failure, setFailure] = useState<string | null>(null);

  const writes = useMemo<ChainWrites | null>(() => {
    if (!doc) return null;
    // A refused write must not crash the editor: someone may have deleted the chain a moment ago.
    function guard<T>(fn: () => T): T | null {
      try {
        const result = fn();
        setFailure(null);
        // On screen within this event: a field showing the old value for a frame would jump.
        readNow();
        return result;
      } catch (error) {
        if (error instanceof BoardInputError) {
          setFailure(error.message);
          return null;
        }
        throw error;
      }
    }
    return {
      addChain: (focusAreaId) => guard(() => addActionChain(doc, { focusAreaId }, origin)),
      deleteChain: (chainId) => void guard(() => deleteActionChain(doc, chainId, origin)),
      setGoal: (chainId, goal) => void guard(() => setChainGoal(doc, chainId, goal, origin)),
      setFinal: (chainId, final) => void guard(() => setChainFinal(doc, chainId, final, origin)),
      addAction: (chainId) => guard(() => addAction(doc, chainId, {}, origin)),
      updateAction: (chainId, actionId, changes) => void guard(() => updateAction(doc, chainId, actionId, changes, origin)),
      moveAction: (chainId, actionId, toIndex) => void guard(() => reorderAction(doc, chainId, actionId, toIndex, origin)),
      deleteAction: (chainId, actionId) => void guard(() => deleteAction(doc, chainId, actionId, origin)),
    };
  }, [doc, origin, readNow]);

  return { connection, snapshot, writes, failure };
}
