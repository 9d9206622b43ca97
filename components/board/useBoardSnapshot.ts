// The board as React state. Reading a 2,000-note board costs a few milliseconds, so changes
// are collected and read once per animation frame, however many updates arrive in between.
"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type * as Y from "yjs";
import { boardTypes, readBoard, type BoardSnapshot } from "@/lib/board";
import { measureBoardStage } from "./loadTiming";

const empty: BoardSnapshot = { notes: [], focusAreas: [], chains: [], problems: [] };

export interface SnapshotChange {
  snapshot: BoardSnapshot;
  /** True when some of the batched transactions came from someone else. */
  remote: boolean;
}

/**
 * Returns the snapshot and a function that reads the board at once, for a local action whose
 * result must be on screen before the next key press (a new note that is typed into at once).
 */
export function useBoardSnapshot(doc: Y.Doc | null, localOrigin: unknown, onChange?: (change: SnapshotChange) => void): [BoardSnapshot, () => void] {
  const [snapshot, setSnapshot] = useState<BoardSnapshot>(empty);
  const changeRef = useRef(onChange);
  useEffect(() => {
    changeRef.current = onChange;
  });

  useEffect(() => {
    if (!doc) return;
    const types = new Set<unknown>(boardTypes(doc));
    let frame = 0;
    let remote = false;
    const flush = () => {
      frame = 0;
      const start = performance.now();
      const next = readBoard(doc);
      if (next.notes.length > 0) measureBoardStage("first-read", start, { notes: next.notes.length });
      setSnapshot(next);
      changeRef.current?.({ snapshot: next, remote });
      remote = false;
    };
    const onTransaction = (tr: Y.Transaction) => {
      let touched = false;
      for (const type of tr.changedParentTypes.keys()) if (types.has(type)) touched = true;
      for (const type of tr.changed.keys()) if (types.has(type)) touched = true;
      if (!touched) return;
      if (tr.origin !== localOrigin) remote = true;
      // Hidden tabs get no animation frames; a timer keeps them current for when they return.
      if (!frame) frame = document.hidden ? window.setTimeout(flush, 250) : requestAnimationFrame(flush);
    };
    doc.on("afterTransaction", onTransaction);
    setSnapshot(readBoard(doc));
    return () => {
      doc.off("afterTransaction", onTransaction);
      cancelAnimationFrame(frame);
      clearTimeout(frame);
    };
  }, [doc, localOrigin]);

  const flushNow = useCallback(() => {
    if (doc) setSnapshot(readBoard(doc));
  }, [doc]);

  return [snapshot, flushNow];
}
