// Preloading findings onto a board before the meeting. The notes are written through the
// board module (addNote) inside the Yjs server's own edit path, so anyone with the board open
// sees them at once and they are stored like every other edit.
import type * as Y from "yjs";
import { addNote, defaultNoteColour, defaultNoteSize, readBoard } from "../../lib/board";
import type { YjsServer } from "../boards/yjsServer";
import type { Db } from "../platform/db/client";
import { WorkshopError } from "./errors";
import type { Finding } from "./findingsParse";

/** The part of the Yjs server this needs; route handlers pass getRuntime().yjs. */
export type BoardEditor = Pick<YjsServer, "changeBoardDoc">;

const gap = 24;
const perRow = 8;

/** Lays the notes out in rows below whatever the board already holds. */
export function placeFindings(doc: Y.Doc, findings: readonly Finding[], fallbackColour: Finding["colour"], origin: unknown): string[] {
  const existing = readBoard(doc);
  const bottom = Math.max(0, ...existing.notes.map((n) => n.y + n.h), ...existing.focusAreas.map((a) => a.y + a.h));
  const top = existing.notes.length + existing.focusAreas.length > 0 ? bottom + gap * 2 : 0;
  const createdAt = new Date().toISOString();
  return findings.map((finding, i) =>
    addNote(
      doc,
      {
        text: finding.text,
        colour: finding.colour ?? fallbackColour ?? defaultNoteColour,
        x: (i % perRow) * (defaultNoteSize.w + gap),
        y: top + Math.floor(i / perRow) * (defaultNoteSize.h + gap),
        authorOrganisation: finding.organisation,
        createdAt,
      },
      origin,
    ),
  );
}

export async function preloadFindings(
  db: Db,
  yjs: BoardEditor,
  workshopId: string,
  boardId: string,
  findings: readonly Finding[],
  colour: Finding["colour"] = null,
): Promise<{ added: number; noteIds: string[] }> {
  const board = await db.board.findFirst({ where: { id: boardId, workshopId }, select: { id: true } });
  if (!board) throw new WorkshopError("boardNotFound");
  let noteIds: string[] = [];
  await yjs.changeBoardDoc(boardId, (doc) => {
    noteIds = placeFindings(doc, findings, colour, "findings");
  });
  return { added: noteIds.length, noteIds };
}
