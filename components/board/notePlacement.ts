// New notes and areas in free space (lib/board/placement.ts), read from the live document at
// the moment of the insert rather than from the last drawn frame. Notes that other clients
// placed at the same moment cannot be seen yet; `useSettleNewNotes` moves this client's new
// note aside once theirs arrive, and the id rule in `crowdedNotes` makes only one of two move.
"use client";
import { useEffect, useRef } from "react";
import type * as Y from "yjs";
import { crowdedNotes, defaultFocusAreaSize, defaultNoteSize, findFreeSpot, readBoard, type NoteSnapshot, type Point, type Rect } from "@/lib/board";
import { areaHeightFor, type BoardActions } from "./boardActions";

/** How long a new note is still this client's to move aside: past it, the person may have placed it on purpose. */
const settleWindowMs = 8_000;

/** Where a new note goes: the free spot nearest `preferred` (the view's centre) on the board as it is now. */
export function spotForNewNote(doc: Y.Doc, preferred: Point): Point {
  return findFreeSpot(readBoard(doc).notes, defaultNoteSize, preferred);
}

/**
 * Where a new focus area goes. Made from selected notes, its frame is sized for exactly those
 * notes and put as near them as it can be without covering any other note or area; an empty
 * area goes into free space near `preferred`.
 */
export function spotForNewArea(doc: Y.Doc, members: readonly Pick<NoteSnapshot, "id" | "x" | "y">[], preferred: Point): Rect {
  const board = readBoard(doc);
  const moving = new Set(members.map((n) => n.id));
  const size = { w: defaultFocusAreaSize.w, h: areaHeightFor(defaultFocusAreaSize, members.length) };
  const others: Rect[] = [...board.notes.filter((n) => !moving.has(n.id)), ...board.focusAreas];
  const near = members.length > 0 ? { x: Math.min(...members.map((n) => n.x)), y: Math.min(...members.map((n) => n.y)) - 60 } : preferred;
  return { ...findFreeSpot(others, size, near), ...size };
}

/**
 * Remembers the notes this client just made and, whenever someone else's change arrives, moves
 * any of them that now lies on another note to the nearest free spot.
 */
export function useSettleNewNotes(doc: Y.Doc | null, localOrigin: unknown, actions: BoardActions | null): (id: string) => void {
  const recent = useRef(new Map<string, number>());
  useEffect(() => {
    if (!doc || !actions) return;
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === localOrigin) return;
      const now = Date.now();
      for (const [id, at] of recent.current) if (now - at > settleWindowMs) recent.current.delete(id);
      if (recent.current.size === 0) return;
      const notes = readBoard(doc).notes;
      const crowded = crowdedNotes(new Set(recent.current.keys()), notes);
      if (crowded.length === 0) return;
      const occupied: Rect[] = notes.filter((n) => !crowded.some((c) => c.id === n.id));
      const moves = crowded.map((note) => {
        const spot = findFreeSpot(occupied, note, note);
        occupied.push({ ...note, ...spot });
        return { id: note.id, ...spot };
      });
      // After this update's transaction has finished, as a change of its own (undoable).
      queueMicrotask(() => actions.move(moves));
    };
    doc.on("update", onUpdate);
    return () => doc.off("update", onUpdate);
  }, [doc, localOrigin, actions]);
  return (id: string) => void recent.current.set(id, Date.now());
}
