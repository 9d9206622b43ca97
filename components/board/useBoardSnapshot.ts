// The board as React state. Reading a 2,000-note board costs a few milliseconds, so changes
// are collected and read once per animation frame, however many updates arrive in between.
"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type * as Y from "yjs";
import { boardTypes, readBoard, type BoardSnapshot } from "@/lib/board";
import { measureBoardStage } from "./loadTiming";
import { isPressed, onRelease } from "./pressHold";

const empty: BoardSnapshot = { notes: [], focusAreas: [], chains: [], problems: [] };

export interface SnapshotChange {
  snapshot: BoardSnapshot;
  /** True when some of the batched transactions came from someone else. */
  remote: boolean;
}

export interface SnapshotOptions {
  onChange?: (change: SnapshotChange) => void;
  /**
   * Holds every redraw while a pointer is pressed on the page and shows it on release, so a
   * remote edit never moves a button between press and release (the click would be lost).
   * For page-flow views such as the chain editor; the canvas positions notes absolutely and
   * must stay live during a drag. Default false.
   */
  holdWhilePressed?: boolean;
}

/**
 * Returns the snapshot and a function that reads the board at once, for a local action whose
 * result must be on screen before the next key press (a new note that is typed into at once).
 */
export function useBoardSnapshot(doc: Y.Doc | null, localOrigin: unknown, { onChange, holdWhilePressed = false }: SnapshotOptions = {}): [BoardSnapshot, () => void] {
  const [snapshot, setSnapshot] = useState<BoardSnapshot>(empty);
  const changeRef = useRef(onChange);
  useEffect(() => {
    changeRef.current = onChange;
  });
  // Set while a read was held back by a press; the release reads then.
  const held = useRef(false);
  const holding = useCallback(() => {
    if (!holdWhilePressed || !isPressed()) return false;
    held.current = true;
    return true;
  }, [holdWhilePressed]);

  useEffect(() => {
    if (!doc) return;
    const types = new Set<unknown>(boardTypes(doc));
    let frame = 0;
    let remote = false;
    const flush = () => {
      frame = 0;
      if (holding()) return;
      held.current = false;
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
    const stopWaiting = holdWhilePressed ? onRelease(() => held.current && !frame && flush()) : () => undefined;
    setSnapshot(readBoard(doc));
    return () => {
      doc.off("afterTransaction", onTransaction);
      stopWaiting();
      cancelAnimationFrame(frame);
      clearTimeout(frame);
    };
  }, [doc, localOrigin, holdWhilePressed, holding]);

  // A local write during a press (a field saved as the press takes its focus) is held too: the
  // field shows its own text meanwhile, and reading now would also draw the remote edits.
  const flushNow = useCallback(() => {
    if (!doc || holding()) return;
    held.current = false;
    setSnapshot(readBoard(doc));
  }, [doc, holding]);

  return [snapshot, flushNow];
}
