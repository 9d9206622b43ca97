// Moving notes written in silence from a participant's private board onto the shared board.
// A moved note keeps its id, so moving again (a reveal repeated after a crash between writing
// the shared board and emptying the private one) finds it there and adds nothing: the reveal is
// idempotent by construction, whatever order the two writes survived in.
import type * as Y from "yjs";
import { addNote } from "./notes";
import { readBoard } from "./readBoard";
import { write } from "./transact";

/**
 * Adds `source`'s notes to `target` (same ids, outside any focus area, laid out as they were with
 * their top-left corner at `at`); notes already on `target` are left alone. Returns the ids of
 * every source note that is now on `target`, moved now or before, for the caller to delete.
 */
export function takeNotesFrom(target: Y.Doc, source: Y.Doc, at: { x: number; y: number }, origin?: unknown): { onTarget: string[]; added: number } {
  const notes = readBoard(source).notes;
  if (notes.length === 0) return { onTarget: [], added: 0 };
  const present = new Set(readBoard(target).notes.map((n) => n.id));
  const dx = at.x - Math.min(...notes.map((n) => n.x));
  const dy = at.y - Math.min(...notes.map((n) => n.y));
  let added = 0;
  write(target, origin, () => {
    for (const note of notes) {
      if (present.has(note.id)) continue;
      const { focusAreaId: _area, x, y, ...rest } = note;
      addNote(target, { ...rest, x: x + dx, y: y + dy, focusAreaId: null }, origin);
      added += 1;
    }
  });
  return { onTarget: notes.map((n) => n.id), added };
}
