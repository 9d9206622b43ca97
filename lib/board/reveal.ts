// Moving what was written in silence from a participant's private board onto the shared board:
// the notes, and the focus areas the participant grouped them into. Everything moved keeps its
// id, so moving again (a reveal repeated after a crash between writing the shared board and
// emptying the private one) finds it there and adds nothing: the reveal is idempotent by
// construction, whatever order the two writes survived in.
import type * as Y from "yjs";
import { createFocusArea } from "./focusAreas";
import { addNote } from "./notes";
import { readBoard } from "./readBoard";
import { write } from "./transact";

export interface TakenWork {
  /** Every source note now on the target, moved now or before: the caller deletes them from the source. */
  notes: string[];
  /** Every source area now on the target, likewise. */
  areas: string[];
  /** Notes added by this call. */
  added: number;
}

/**
 * Adds `source`'s notes and focus areas to `target` (same ids, laid out as they were with their
 * top-left corner at `at`); what is already on `target` is left alone. A note keeps its area
 * when that area is on `target`, and is outside any area otherwise.
 */
export function takeWorkFrom(target: Y.Doc, source: Y.Doc, at: { x: number; y: number }, origin?: unknown): TakenWork {
  const { notes, focusAreas } = readBoard(source);
  if (notes.length === 0 && focusAreas.length === 0) return { notes: [], areas: [], added: 0 };
  const before = readBoard(target);
  const notesThere = new Set(before.notes.map((n) => n.id));
  const areasThere = new Set(before.focusAreas.map((a) => a.id));
  const boxes = [...notes, ...focusAreas];
  const dx = at.x - Math.min(...boxes.map((b) => b.x));
  const dy = at.y - Math.min(...boxes.map((b) => b.y));
  let added = 0;
  write(target, origin, () => {
    for (const area of focusAreas) {
      if (areasThere.has(area.id)) continue;
      createFocusArea(target, { id: area.id, title: area.title, colour: area.colour, x: area.x + dx, y: area.y + dy, w: area.w, h: area.h }, origin);
      areasThere.add(area.id);
    }
    for (const note of notes) {
      if (notesThere.has(note.id)) continue;
      const { focusAreaId, x, y, ...rest } = note;
      addNote(target, { ...rest, x: x + dx, y: y + dy, focusAreaId: focusAreaId && areasThere.has(focusAreaId) ? focusAreaId : null }, origin);
      added += 1;
    }
  });
  return { notes: notes.map((n) => n.id), areas: focusAreas.map((a) => a.id), added };
}
