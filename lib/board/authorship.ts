// Who may change what on a board. The board UI offers exactly this and the board server
// refuses anything else (server/boards/editPolicy.ts), so one rule lives in one place:
//
// - A note's words and its authorship belong to its author: only they, or a facilitator,
//   may change its text or delete it. A note is created with its author's id.
// - Anyone who may edit the board may arrange any note: move it, resize it, recolour it, put
//   it into a focus area or take it out (grouping is the table's shared work). Positions and
//   sizes live in the registers, the rest in `sharedNoteFields`.
// - Focus areas and action chains are the table's shared work: anyone may edit them.
// - On a locked board only facilitators edit; observers never do.
import { noteKeys, rootNames } from "./shape";

export type BoardEditorKind = "facilitator" | "participant" | "observer";

export interface BoardEditor {
  kind: BoardEditorKind;
  /** The participant id, or the facilitator's user id: what notes carry as `authorId`. */
  id: string;
}

/** Whether `editor` may change the text of, or delete, a note written by `authorId`. */
export function mayRewriteNote(editor: BoardEditor, authorId: string | null): boolean {
  if (editor.kind === "facilitator") return true;
  return editor.kind === "participant" && authorId !== null && authorId === editor.id;
}

/** Fields of someone else's note that anyone editing the board may change. */
export const sharedNoteFields: ReadonlySet<string> = new Set([noteKeys.colour, noteKeys.focusAreaId]);

/** Names the board server needs to find notes inside Yjs structures. */
export const noteLayout = { root: rootNames.notes, authorId: noteKeys.authorId } as const;

/** Every root type a board document has; anything else in an update is refused. */
export const boardRootNames: readonly string[] = Object.values(rootNames);
