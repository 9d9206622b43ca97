// Copies focus areas with their notes from a table's board into another board (usually the
// plenary one). Copies get new ids and remember where they came from (areas: the board; notes:
// the note as first written); the source is untouched.
import type * as Y from "yjs";
import { z } from "zod";
import { createFocusArea } from "./focusAreas";
import { addNote } from "./notes";
import { readBoard } from "./readBoard";
import { idSchema, limits, parseInput } from "./schema";
import { write } from "./transact";

const copyInput = z
  .object({
    /** Which areas to copy; default: all of the source's areas. */
    focusAreaIds: z.array(idSchema).optional(),
    sourceBoardId: idSchema,
    tableName: z.string().max(limits.title),
    /** Where the copies' top-left corner goes; default: below everything on the target. */
    at: z.object({ x: z.number().finite(), y: z.number().finite() }).optional(),
  })
  .strict();

const gap = 40;

/** Returns a map from source focus-area id to the new id on the target board. */
export function copyFocusAreasFrom(target: Y.Doc, source: Y.Doc, input: z.input<typeof copyInput>, origin?: unknown): Map<string, string> {
  const options = parseInput(copyInput, input);
  const from = readBoard(source);
  const wanted = options.focusAreaIds ? new Set(options.focusAreaIds) : null;
  const areas = from.focusAreas.filter((a) => !wanted || wanted.has(a.id));
  if (areas.length === 0) return new Map();
  const notesById = new Map(from.notes.map((n) => [n.id, n]));

  const existing = readBoard(target);
  const bottom = Math.max(0, ...existing.notes.map((n) => n.y + n.h), ...existing.focusAreas.map((a) => a.y + a.h));
  const left = Math.min(...areas.map((a) => a.x));
  const top = Math.min(...areas.map((a) => a.y));
  const dx = (options.at?.x ?? 0) - left;
  const dy = (options.at?.y ?? bottom + gap) - top;

  const ids = new Map<string, string>();
  write(target, origin, () => {
    for (const area of areas) {
      const newAreaId = createFocusArea(
        target,
        { title: area.title, colour: area.colour, x: area.x + dx, y: area.y + dy, w: area.w, h: area.h, origin: { boardId: options.sourceBoardId, tableName: options.tableName } },
        origin,
      );
      ids.set(area.id, newAreaId);
      for (const noteId of area.noteIds) {
        const note = notesById.get(noteId);
        if (!note) continue;
        const { id, focusAreaId: _area, x, y, origin: first, ...rest } = note;
        // A copy of a copy points at the note as first written, so every copy names one original.
        addNote(target, { ...rest, x: x + dx, y: y + dy, focusAreaId: newAreaId, origin: first ?? { boardId: options.sourceBoardId, noteId: id } }, origin);
      }
    }
  });
  return ids;
}
