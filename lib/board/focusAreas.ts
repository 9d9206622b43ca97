// Write helpers for focus areas (satsningsområder). A note belongs to an area through its
// `focusAreaId`; areas do not list their notes, so moving a note is one write, and two people
// dragging the same note into different areas simply end with one of the two.
import * as Y from "yjs";
import { z } from "zod";
import { newId } from "./ids";
import { deleteRegisters, writeRegisters } from "./registers";
import {
  BoardInputError,
  boardColourSchema,
  coordinateSchema,
  defaultFocusAreaColour,
  defaultFocusAreaSize,
  idSchema,
  limits,
  originSchema,
  parseInput,
  sizeSchema,
  type BoardColour,
} from "./schema";
import { boardRoots, chainKeys, childMap, focusAreaKeys, noteKeys } from "./shape";
import { write } from "./transact";

const titleSchema = z.string().max(limits.title);

const createInput = z
  .object({
    id: idSchema.optional(),
    title: titleSchema.default(""),
    colour: boardColourSchema.default(defaultFocusAreaColour),
    x: coordinateSchema,
    y: coordinateSchema,
    w: sizeSchema.default(defaultFocusAreaSize.w),
    h: sizeSchema.default(defaultFocusAreaSize.h),
    noteIds: z.array(idSchema).default([]),
    origin: originSchema.nullable().default(null),
  })
  .strict();
export type CreateFocusAreaInput = z.input<typeof createInput>;

function nextOrder(areas: Y.Map<unknown>): number {
  let max = 0;
  for (const value of areas.values()) {
    const order = value instanceof Y.Map ? value.get(focusAreaKeys.order) : undefined;
    if (typeof order === "number" && Number.isFinite(order)) max = Math.max(max, order);
  }
  return max + 1;
}

/** Creates an area (optionally taking `noteIds` into it) and returns its id. */
export function createFocusArea(doc: Y.Doc, input: CreateFocusAreaInput, origin?: unknown): string {
  const area = parseInput(createInput, input);
  const id = area.id ?? newId();
  write(doc, origin, () => {
    const roots = boardRoots(doc);
    const map = new Y.Map<unknown>();
    map.set(focusAreaKeys.title, area.title);
    map.set(focusAreaKeys.colour, area.colour);
    map.set(focusAreaKeys.order, nextOrder(roots.focusAreas));
    map.set(focusAreaKeys.rank, null);
    map.set(focusAreaKeys.origin, area.origin);
    roots.focusAreas.set(id, map);
    writeRegisters(roots.positions, new Map([[id, { x: area.x, y: area.y }]]));
    writeRegisters(roots.sizes, new Map([[id, { w: area.w, h: area.h }]]));
    assignNotes(roots.notes, area.noteIds, id);
  });
  return id;
}

function areaMap(doc: Y.Doc, id: string): Y.Map<unknown> {
  const map = childMap(boardRoots(doc).focusAreas, parseInput(idSchema, id));
  if (!map) throw new BoardInputError(`no focus area ${id}`);
  return map;
}

function assignNotes(notes: Y.Map<unknown>, noteIds: Iterable<string>, areaId: string | null): void {
  for (const noteId of noteIds) {
    const note = childMap(notes, noteId);
    if (note && note.get(noteKeys.focusAreaId) !== areaId) note.set(noteKeys.focusAreaId, areaId);
  }
}

function notesIn(notes: Y.Map<unknown>, areaIds: ReadonlySet<string>): string[] {
  const ids: string[] = [];
  for (const [id, note] of notes.entries()) {
    const areaId = note instanceof Y.Map ? note.get(noteKeys.focusAreaId) : undefined;
    if (typeof areaId === "string" && areaIds.has(areaId)) ids.push(id);
  }
  return ids;
}

function repointChains(chains: Y.Map<unknown>, from: ReadonlySet<string>, to: string | null): void {
  for (const chain of chains.values()) {
    if (!(chain instanceof Y.Map)) continue;
    const areaId = chain.get(chainKeys.focusAreaId);
    if (typeof areaId === "string" && from.has(areaId)) chain.set(chainKeys.focusAreaId, to);
  }
}

export function renameFocusArea(doc: Y.Doc, id: string, title: string, origin?: unknown): void {
  const value = parseInput(titleSchema, title);
  const map = areaMap(doc, id);
  write(doc, origin, () => map.set(focusAreaKeys.title, value));
}

export function recolourFocusArea(doc: Y.Doc, id: string, colour: BoardColour, origin?: unknown): void {
  const value = parseInput(boardColourSchema, colour);
  const map = areaMap(doc, id);
  write(doc, origin, () => map.set(focusAreaKeys.colour, value));
}

/** Puts notes into an area, or takes them out of any area with `focusAreaId: null`. */
export function moveNotesToFocusArea(doc: Y.Doc, noteIds: string[], focusAreaId: string | null, origin?: unknown): void {
  const ids = parseInput(z.array(idSchema), noteIds);
  if (focusAreaId !== null) areaMap(doc, focusAreaId);
  write(doc, origin, () => assignNotes(boardRoots(doc).notes, ids, focusAreaId));
}

/** Moves every note and chain of `sourceIds` into `targetId`, then deletes the sources. */
export function mergeFocusAreas(doc: Y.Doc, targetId: string, sourceIds: string[], origin?: unknown): void {
  areaMap(doc, targetId);
  const sources = new Set(parseInput(z.array(idSchema), sourceIds).filter((id) => id !== targetId));
  write(doc, origin, () => {
    const roots = boardRoots(doc);
    assignNotes(roots.notes, notesIn(roots.notes, sources), targetId);
    repointChains(roots.chains, sources, targetId);
    for (const id of sources) roots.focusAreas.delete(id);
    deleteRegisters(roots.positions, sources);
    deleteRegisters(roots.sizes, sources);
  });
}

/** Deletes the area; its notes stay on the board, its chains lose their area. */
export function dissolveFocusArea(doc: Y.Doc, id: string, origin?: unknown): void {
  const areaId = parseInput(idSchema, id);
  const ids = new Set([areaId]);
  write(doc, origin, () => {
    const roots = boardRoots(doc);
    assignNotes(roots.notes, notesIn(roots.notes, ids), null);
    repointChains(roots.chains, ids, null);
    roots.focusAreas.delete(areaId);
    deleteRegisters(roots.positions, ids);
    deleteRegisters(roots.sizes, ids);
  });
}

const ranksInput = z.array(z.object({ id: idSchema, rank: z.number().int().min(1).nullable() }).strict());

/** Writes voting results (1 = highest); areas not listed keep their rank. */
export function setFocusAreaRanks(doc: Y.Doc, ranks: z.input<typeof ranksInput>, origin?: unknown): void {
  const parsed = parseInput(ranksInput, ranks);
  write(doc, origin, () => {
    const areas = boardRoots(doc).focusAreas;
    for (const { id, rank } of parsed) {
      const map = childMap(areas, id);
      if (map && map.get(focusAreaKeys.rank) !== rank) map.set(focusAreaKeys.rank, rank);
    }
  });
}

/** Moves or resizes an area; positions share the registers with notes. */
export function resizeFocusArea(doc: Y.Doc, input: { id: string; w: number; h: number }, origin?: unknown): void {
  const { id, w, h } = parseInput(z.object({ id: idSchema, w: sizeSchema, h: sizeSchema }).strict(), input);
  write(doc, origin, () => writeRegisters(boardRoots(doc).sizes, new Map([[id, { w, h }]])));
}
