// Write helpers for notes. Each takes the document, validated input and an origin, and runs
// in one transaction.
import * as Y from "yjs";
import { z } from "zod";
import { newId } from "./ids";
import { deleteRegisters, writeRegisters } from "./registers";
import {
  boardColourSchema,
  coordinateSchema,
  defaultNoteColour,
  defaultNoteSize,
  idSchema,
  limits,
  noteOriginSchema,
  parseInput,
  sizeSchema,
  timestampSchema,
  BoardInputError,
  type BoardColour,
} from "./schema";
import { boardRoots, childMap, noteKeys } from "./shape";
import { replaceText } from "./text";
import { write } from "./transact";

const noteTextSchema = z.string().max(limits.noteText);

const addNoteInput = z
  .object({
    id: idSchema.optional(),
    text: noteTextSchema.default(""),
    colour: boardColourSchema.default(defaultNoteColour),
    x: coordinateSchema,
    y: coordinateSchema,
    w: sizeSchema.default(defaultNoteSize.w),
    h: sizeSchema.default(defaultNoteSize.h),
    authorId: idSchema.nullable().default(null),
    authorName: z.string().max(limits.title).default(""),
    authorOrganisation: z.string().max(limits.title).default(""),
    createdAt: timestampSchema.optional(),
    focusAreaId: idSchema.nullable().default(null),
    origin: noteOriginSchema.nullable().default(null),
    phaseId: idSchema.nullable().default(null),
  })
  .strict();
export type AddNoteInput = z.input<typeof addNoteInput>;

/** Creates a note and returns its id. */
export function addNote(doc: Y.Doc, input: AddNoteInput, origin?: unknown): string {
  const note = parseInput(addNoteInput, input);
  const id = note.id ?? newId();
  write(doc, origin, () => {
    const roots = boardRoots(doc);
    const map = new Y.Map<unknown>();
    const text = new Y.Text();
    text.insert(0, note.text);
    map.set(noteKeys.text, text);
    map.set(noteKeys.colour, note.colour);
    map.set(noteKeys.authorId, note.authorId);
    map.set(noteKeys.authorName, note.authorName);
    map.set(noteKeys.authorOrganisation, note.authorOrganisation);
    map.set(noteKeys.createdAt, note.createdAt ?? new Date().toISOString());
    map.set(noteKeys.focusAreaId, note.focusAreaId);
    // Absent rather than null when unset: documents stay as small as before for plain notes.
    if (note.origin) map.set(noteKeys.origin, note.origin);
    if (note.phaseId) map.set(noteKeys.phaseId, note.phaseId);
    roots.notes.set(id, map);
    writeRegisters(roots.positions, new Map([[id, { x: note.x, y: note.y }]]));
    writeRegisters(roots.sizes, new Map([[id, { w: note.w, h: note.h }]]));
  });
  return id;
}

function noteMap(doc: Y.Doc, id: string): Y.Map<unknown> {
  const map = childMap(boardRoots(doc).notes, parseInput(idSchema, id));
  if (!map) throw new BoardInputError(`no note ${id}`);
  return map;
}

/** Replaces the note's text with the smallest edit, so concurrent typing merges. */
export function updateNoteText(doc: Y.Doc, id: string, text: string, origin?: unknown): void {
  const next = parseInput(noteTextSchema, text);
  write(doc, origin, () => {
    const map = noteMap(doc, id);
    const current = map.get(noteKeys.text);
    if (current instanceof Y.Text) replaceText(current, next);
    else {
      const fresh = new Y.Text();
      fresh.insert(0, next);
      map.set(noteKeys.text, fresh);
    }
  });
}

export function recolourNote(doc: Y.Doc, ids: string | string[], colour: BoardColour, origin?: unknown): void {
  const value = parseInput(boardColourSchema, colour);
  // Resolve every note before writing, so an unknown id changes nothing at all.
  const maps = [ids].flat().map((id) => noteMap(doc, id));
  write(doc, origin, () => {
    for (const map of maps) if (map.get(noteKeys.colour) !== value) map.set(noteKeys.colour, value);
  });
}

const movesInput = z.array(z.object({ id: idSchema, x: coordinateSchema, y: coordinateSchema }).strict()).max(10_000);
export type NoteMove = z.input<typeof movesInput>[number];

/** Moves notes (or focus areas: the same registers hold both) to absolute positions. */
export function moveNotes(doc: Y.Doc, moves: NoteMove[], origin?: unknown): void {
  const parsed = parseInput(movesInput, moves);
  write(doc, origin, () => {
    writeRegisters(boardRoots(doc).positions, new Map(parsed.map((m) => [m.id, { x: m.x, y: m.y }])));
  });
}

const resizeInput = z.object({ id: idSchema, w: sizeSchema, h: sizeSchema }).strict();

export function resizeNote(doc: Y.Doc, input: z.input<typeof resizeInput>, origin?: unknown): void {
  const { id, w, h } = parseInput(resizeInput, input);
  write(doc, origin, () => writeRegisters(boardRoots(doc).sizes, new Map([[id, { w, h }]])));
}

/** Deletes notes and their geometry; unknown ids are ignored (someone else deleted them first). */
export function deleteNotes(doc: Y.Doc, ids: string[], origin?: unknown): void {
  const parsed = new Set(parseInput(z.array(idSchema), ids));
  write(doc, origin, () => {
    const roots = boardRoots(doc);
    for (const id of parsed) roots.notes.delete(id);
    deleteRegisters(roots.positions, parsed);
    deleteRegisters(roots.sizes, parsed);
  });
}

/**
 * A participant asked to be forgotten: their name goes from every note they wrote (the note
 * and its words stay, and so does the id that ties it to their ballots' anonymous row).
 * Returns how many notes changed. Yjs keeps no overwritten value once the document is
 * encoded again, so the caller must also replace the stored log with a fresh snapshot.
 */
export function forgetAuthorName(doc: Y.Doc, authorId: string, origin?: unknown): number {
  const id = parseInput(idSchema, authorId);
  return write(doc, origin, () => {
    let changed = 0;
    for (const value of boardRoots(doc).notes.values()) {
      if (!(value instanceof Y.Map) || value.get(noteKeys.authorId) !== id) continue;
      if (value.get(noteKeys.authorName) !== "") {
        value.set(noteKeys.authorName, "");
        changed++;
      }
    }
    return changed;
  });
}
