// The board document's vocabulary as zod schemas and TypeScript types. Everything that reads
// or writes a board goes through these, so a value from a non-UI client (a script, an old
// app version) is checked against the same rules the UI uses.
import { z } from "zod";
import type { ActionStatus } from "../domain/chains/actionChains";
import { isoDateSchema } from "../domain/chains/isoDate";
import { idSchema } from "../domain/ids";

/** Palette names; each is also the i18n key `board.colours.<name>`. */
export const boardColours = ["yellow", "orange", "pink", "purple", "blue", "green", "grey"] as const;
export type BoardColour = (typeof boardColours)[number];
export const boardColourSchema = z.enum(boardColours);
export const defaultNoteColour: BoardColour = "yellow";
export const defaultFocusAreaColour: BoardColour = "blue";

// An action's statuses and the date form are the chain rules' (lib/domain/chains); the board
// stores what they allow.
export { ACTION_STATUSES as actionStatuses, type ActionStatus } from "../domain/chains/actionChains";

export const limits = {
  noteText: 2000,
  title: 200,
  field: 1000,
  listItems: 50,
  coordinate: 1_000_000,
  minSize: 20,
  maxSize: 10_000,
} as const;

export { idSchema };
export const coordinateSchema = z.number().finite().min(-limits.coordinate).max(limits.coordinate);
export const sizeSchema = z.number().finite().min(limits.minSize).max(limits.maxSize);
export { isoDateSchema };
export const timestampSchema = z.iso.datetime();

export const positionSchema = z.object({ x: coordinateSchema, y: coordinateSchema }).strict();
export const sizeValueSchema = z.object({ w: sizeSchema, h: sizeSchema }).strict();
export const originSchema = z.object({ boardId: idSchema, tableName: z.string().max(limits.title) }).strict();
/** Where a copied note was first written: that note's id and its board. */
export const noteOriginSchema = z.object({ boardId: idSchema, noteId: idSchema }).strict();

export interface NoteSnapshot {
  id: string;
  text: string;
  colour: BoardColour;
  x: number;
  y: number;
  w: number;
  h: number;
  authorId: string | null;
  authorName: string;
  authorOrganisation: string;
  createdAt: string;
  focusAreaId: string | null;
  /**
   * Set on a copy (gathered to plenary, sent to a table, shared from silent writing): the note
   * it was first written as. Copies of copies keep the first note's origin, so a report can
   * tell one note from its copies.
   */
  origin: { boardId: string; noteId: string } | null;
  /** The phase the note was written in; null for notes from before phases were recorded. */
  phaseId: string | null;
}

export interface FocusAreaSnapshot {
  id: string;
  title: string;
  colour: BoardColour;
  x: number;
  y: number;
  w: number;
  h: number;
  order: number;
  /** 1 = highest priority; written after a voting round is revealed. */
  rank: number | null;
  /** Set when the area was copied from another board (table → plenary, or plenary's top areas → tables). */
  origin: { boardId: string; tableName: string } | null;
  /** Notes in the area, in creation order. */
  noteIds: string[];
}

export interface ActionSnapshot {
  id: string;
  what: string;
  responsible: string;
  responsibleOrganisation: string;
  partners: string[];
  start: string | null;
  deadline: string | null;
  resources: string;
  indicator: string;
  status: ActionStatus;
  dependsOn: string[];
  sourceNoteIds: string[];
}

export interface ActionChainSnapshot {
  id: string;
  focusAreaId: string | null;
  goal: string;
  final: boolean;
  actions: ActionSnapshot[];
}

/** Something in the document that did not match the model; reading carried on with a default. */
export interface BoardProblem {
  path: string;
  message: string;
}

export interface BoardSnapshot {
  notes: NoteSnapshot[];
  focusAreas: FocusAreaSnapshot[];
  chains: ActionChainSnapshot[];
  problems: BoardProblem[];
}

export const defaultNoteSize = { w: 160, h: 120 } as const;
export const defaultFocusAreaSize = { w: 480, h: 360 } as const;

/** Thrown by write helpers when the caller passes values outside the model. */
export class BoardInputError extends Error {
  readonly code = "board.invalidInput";
  constructor(message: string) {
    super(message);
  }
}

export function parseInput<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new BoardInputError(result.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; "));
  }
  return result.data;
}
