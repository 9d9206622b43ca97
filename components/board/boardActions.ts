// Everything a person can do to a board, bound to their identity and their undo origin.
// Writes go through lib/board's helpers only. A write that loses a race (someone deleted the
// note a moment earlier) changes nothing and is not an error worth showing.
import type * as Y from "yjs";
import {
  BoardInputError,
  addNote,
  createFocusArea,
  mayRewriteNote,
  defaultFocusAreaSize,
  defaultNoteSize,
  deleteNotes,
  dissolveFocusArea,
  mergeFocusAreas,
  moveNotes,
  moveNotesToFocusArea,
  recolourFocusArea,
  readBoard,
  recolourNote,
  renameFocusArea,
  resizeFocusArea,
  resizeNote,
  updateNoteText,
  type BoardColour,
  type FocusAreaSnapshot,
  type NoteMove,
  type NoteSnapshot,
} from "@/lib/board";
import type { BoardMe } from "./types";

function quietly<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    if (error instanceof BoardInputError) return undefined;
    throw error;
  }
}

const gap = 16;
const areaHeader = 56;

/** Grid positions inside an area for notes joining it after `already` notes. */
export function placeInArea(area: FocusAreaSnapshot, count: number, already: number): { x: number; y: number }[] {
  const columns = Math.max(1, Math.floor((area.w - gap) / (defaultNoteSize.w + gap)));
  return Array.from({ length: count }, (_, i) => {
    const slot = already + i;
    return {
      x: area.x + gap + (slot % columns) * (defaultNoteSize.w + gap),
      y: area.y + areaHeader + Math.floor(slot / columns) * (defaultNoteSize.h + gap),
    };
  });
}

/** The frame height that holds `count` notes laid out by placeInArea (never less than `area.h`). */
export function areaHeightFor(area: Pick<FocusAreaSnapshot, "w" | "h">, count: number): number {
  const columns = Math.max(1, Math.floor((area.w - gap) / (defaultNoteSize.w + gap)));
  return Math.max(area.h, areaHeader + Math.ceil(count / columns) * (defaultNoteSize.h + gap));
}

type Box = { x: number; y: number; w: number; h: number };

/**
 * Below every note and focus area: where something made without the canvas in view (the list
 * view) goes, so it never lands on top of, or inside the frame of, something else.
 */
export function freeSpot(notes: readonly Box[], areas: readonly Box[]): { x: number; y: number } {
  const boxes = [...notes, ...areas];
  if (boxes.length === 0) return { x: 0, y: 0 };
  return { x: Math.min(...boxes.map((b) => b.x)), y: Math.max(...boxes.map((b) => b.y + b.h)) + 24 };
}

export type BoardActions = ReturnType<typeof createBoardActions>;

export function createBoardActions(doc: Y.Doc, origin: object, me: BoardMe, anonymous: boolean, phaseId: string | null = null) {
  // The server enforces the same rule (server/boards/editPolicy.ts): a note's text and its
  // existence are its author's; everyone who may edit may arrange any note.
  const canRewrite = (note: Pick<NoteSnapshot, "authorId">) => mayRewriteNote(me, note.authorId);
  /** Places notes inside an area's frame after its first `already` notes, growing the frame to hold them. */
  const layOut = (area: FocusAreaSnapshot, notes: Pick<NoteSnapshot, "id">[], already: number) => {
    const spots = placeInArea(area, notes.length, already);
    moveNotes(doc, notes.map((n, i) => ({ id: n.id, ...spots[i] })), origin);
    const h = areaHeightFor(area, already + notes.length);
    if (h > area.h) resizeFocusArea(doc, { id: area.id, w: area.w, h }, origin);
  };
  return {
    canRewrite,
    canDelete: canRewrite,
    addNote(input: { x: number; y: number; text?: string; colour?: BoardColour; focusAreaId?: string | null }): string {
      return addNote(
        doc,
        {
          x: Math.round(input.x),
          y: Math.round(input.y),
          text: input.text ?? "",
          colour: input.colour,
          focusAreaId: input.focusAreaId ?? null,
          authorId: me.id,
          // In an anonymous workshop the name is never written, so it cannot leak into reports.
          authorName: anonymous ? "" : me.name,
          authorOrganisation: me.organisation,
          // The phase it is written in: the report groups notes by phase (server/report/buildBoards.ts).
          phaseId,
        },
        origin,
      );
    },
    setText: (id: string, text: string) => quietly(() => updateNoteText(doc, id, text, origin)),
    recolour: (ids: string[], colour: BoardColour) => quietly(() => recolourNote(doc, ids, colour, origin)),
    move: (moves: NoteMove[]) => quietly(() => moveNotes(doc, moves.map((m) => ({ id: m.id, x: Math.round(m.x), y: Math.round(m.y) })), origin)),
    resizeNote: (id: string, w: number, h: number) => quietly(() => resizeNote(doc, { id, w: Math.round(w), h: Math.round(h) }, origin)),
    resizeArea: (id: string, w: number, h: number) => quietly(() => resizeFocusArea(doc, { id, w: Math.round(w), h: Math.round(h) }, origin)),
    /** Deletes the notes this person may delete; returns how many that was. */
    remove(notes: NoteSnapshot[]): number {
      const ids = notes.filter(canRewrite).map((n) => n.id);
      if (ids.length > 0) quietly(() => deleteNotes(doc, ids, origin));
      return ids.length;
    },
    /** `at: "free"` puts the area below everything on the board (for the list view, where the person cannot see where it lands). */
    createArea(input: { at: { x: number; y: number } | "free"; title: string; colour?: BoardColour; notes?: NoteSnapshot[] }): string {
      const notes = input.notes ?? [];
      return doc.transact(() => {
        let at = input.at;
        if (at === "free") {
          const board = readBoard(doc);
          at = freeSpot(board.notes, board.focusAreas);
        }
        const x = Math.round(at.x);
        const y = Math.round(at.y);
        const id = createFocusArea(doc, { x, y, title: input.title, colour: input.colour, noteIds: notes.map((n) => n.id) }, origin);
        if (notes.length > 0) layOut({ id, x, y, ...defaultFocusAreaSize } as FocusAreaSnapshot, notes, 0);
        return id;
      }, origin);
    },
    renameArea: (id: string, title: string) => quietly(() => renameFocusArea(doc, id, title, origin)),
    recolourArea: (id: string, colour: BoardColour) => quietly(() => recolourFocusArea(doc, id, colour, origin)),
    /**
     * Puts notes into an area (or none). With `layout`, notes are also placed inside the
     * area's frame, so the canvas shows what the list says.
     */
    moveToArea(notes: NoteSnapshot[], area: FocusAreaSnapshot | null, layout?: { members: number }) {
      const ids = notes.map((n) => n.id);
      quietly(() =>
        doc.transact(() => {
          moveNotesToFocusArea(doc, ids, area?.id ?? null, origin);
          if (area && layout) layOut(area, notes, layout.members);
        }, origin),
      );
    },
    /**
     * Merges areas into `targetId`. The merged notes are laid out inside the target's frame:
     * the sources' frames disappear, and notes left where they were would look loose.
     */
    mergeAreas: (targetId: string, sourceIds: string[]) =>
      quietly(() =>
        doc.transact(() => {
          const before = readBoard(doc);
          const target = before.focusAreas.find((a) => a.id === targetId);
          const sources = new Set(sourceIds.filter((id) => id !== targetId));
          const moving = before.notes.filter((n) => n.focusAreaId !== null && sources.has(n.focusAreaId)).sort((a, b) => a.y - b.y || a.x - b.x);
          mergeFocusAreas(doc, targetId, sourceIds, origin);
          if (target && moving.length > 0) layOut(target, moving, target.noteIds.length);
        }, origin),
      ),
    dissolveArea: (id: string) => quietly(() => dissolveFocusArea(doc, id, origin)),
  };
}
