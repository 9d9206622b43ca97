// Board snapshots to the report's boards and notes. A note copied to other boards (gathered to
// plenary, sent back to the tables) is one note: it is listed once, on the board where it was
// written, with the boards its copies went to. Notes keep the board's own order (creation
// time); focus areas keep the board's order, ranked ones first by rank. The notes are also
// grouped by the phase they were written in, in the meeting's phase order, which is how a
// facilitator writes the meeting up.
import type { BoardSnapshot, NoteSnapshot } from "@/lib/board";
import type { ReportBoard, ReportInput, ReportNote, ReportPhaseNotes } from "./types";

type InputBoard = ReportInput["boards"][number];

/** The note a copy stands for: the origin it names, or the note itself. */
function originKey(boardId: string, note: Pick<NoteSnapshot, "id" | "origin">): string {
  return note.origin ? `${note.origin.boardId}\u0000${note.origin.noteId}` : `${boardId}\u0000${note.id}`;
}

/**
 * Which board's copy of each note is the one the report lists: the original where it still
 * exists; when it was deleted after being copied, the first copy in board order.
 */
function listedCopies(ordered: readonly InputBoard[]): Map<string, { boardId: string; noteId: string }> {
  const listed = new Map<string, { boardId: string; noteId: string }>();
  for (const board of ordered) for (const note of board.snapshot.notes) if (!note.origin) listed.set(originKey(board.id, note), { boardId: board.id, noteId: note.id });
  for (const board of ordered) {
    for (const note of board.snapshot.notes) {
      const key = originKey(board.id, note);
      if (!listed.has(key)) listed.set(key, { boardId: board.id, noteId: note.id });
    }
  }
  return listed;
}

function sortBoards(input: ReportInput): InputBoard[] {
  const tablePosition = new Map(input.tables.map((t) => [t.id, t.position]));
  // The plenary board first, then tables in their seating order.
  return [...input.boards].sort(
    (a, b) => (a.tableId === null ? -1 : (tablePosition.get(a.tableId) ?? 0)) - (b.tableId === null ? -1 : (tablePosition.get(b.tableId) ?? 0)),
  );
}

export function buildBoards(input: ReportInput): { boards: ReportBoard[]; notes: ReportNote[]; byPhase: ReportPhaseNotes[] } {
  const tableName = new Map(input.tables.map((t) => [t.id, t.name]));
  const phaseTitle = new Map(input.phases.map((p) => [p.id, p.title]));
  const ordered = sortBoards(input);
  const listed = listedCopies(ordered);

  // Where each note's copies went, by the key of the note they stand for.
  const wentTo = new Map<string, string[]>();
  for (const board of ordered) {
    for (const note of board.snapshot.notes) {
      const key = originKey(board.id, note);
      if (listed.get(key)?.noteId === note.id && listed.get(key)?.boardId === board.id) continue;
      const places = wentTo.get(key) ?? [];
      if (!places.includes(board.title)) places.push(board.title);
      wentTo.set(key, places);
    }
  }

  const boards: ReportBoard[] = [];
  const notes: ReportNote[] = [];
  for (const board of ordered) {
    const { snapshot } = board;
    const areaTitle = new Map(snapshot.focusAreas.map((a) => [a.id, a.title]));
    const byId = new Map<string, ReportNote>();
    for (const note of snapshot.notes) {
      const key = originKey(board.id, note);
      const pick = listed.get(key);
      if (pick?.boardId !== board.id || pick.noteId !== note.id) continue;
      const reportNote: ReportNote = {
        id: note.id,
        boardTitle: board.title,
        focusAreaTitle: note.focusAreaId ? (areaTitle.get(note.focusAreaId) ?? null) : null,
        text: note.text,
        colour: note.colour,
        organisation: note.authorOrganisation,
        author: input.workshop.anonymous ? null : note.authorName || null,
        finding: note.authorId === null,
        createdAt: note.createdAt,
        phaseId: note.phaseId !== null && phaseTitle.has(note.phaseId) ? note.phaseId : null,
        phaseTitle: note.phaseId !== null ? (phaseTitle.get(note.phaseId) ?? null) : null,
        wentTo: wentTo.get(key) ?? [],
      };
      byId.set(note.id, reportNote);
      notes.push(reportNote);
    }
    boards.push(reportBoard(board, snapshot, byId, board.tableId ? (tableName.get(board.tableId) ?? null) : null));
  }
  return { boards, notes, byPhase: groupByPhase(input, boards) };
}

function reportBoard(board: InputBoard, snapshot: BoardSnapshot, listedHere: Map<string, ReportNote>, tableName: string | null): ReportBoard {
  const areas = [...snapshot.focusAreas].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const pick = (ids: string[]) => ids.map((id) => listedHere.get(id)).filter((n): n is ReportNote => n !== undefined);
  return {
    id: board.id,
    title: board.title,
    tableName,
    focusAreas: areas.map((area) => ({
      id: area.id,
      title: area.title,
      rank: area.rank,
      colour: area.colour,
      copiedFrom: area.origin?.tableName ?? null,
      noteCount: area.noteIds.length,
      notes: pick(area.noteIds),
    })),
    unsorted: pick(snapshot.notes.filter((n) => n.focusAreaId === null).map((n) => n.id)),
    noteCount: listedHere.size,
  };
}

/**
 * The boards again, once per phase, each holding only the notes written in that phase, in the
 * meeting's phase order; notes with no recorded phase come last. Boards and areas with no note
 * from a phase are left out of that phase.
 */
function groupByPhase(input: ReportInput, boards: ReportBoard[]): ReportPhaseNotes[] {
  const phases: { id: string | null; title: string | null }[] = [...input.phases].sort((a, b) => a.position - b.position).map((p) => ({ id: p.id, title: p.title }));
  phases.push({ id: null, title: null });
  return phases.flatMap((phase) => {
    const inPhase = (n: ReportNote) => n.phaseId === phase.id;
    const phaseBoards = boards.flatMap((board): ReportBoard[] => {
      const focusAreas = board.focusAreas.map((a) => ({ ...a, notes: a.notes.filter(inPhase) })).filter((a) => a.notes.length > 0);
      const unsorted = board.unsorted.filter(inPhase);
      const noteCount = focusAreas.reduce((sum, a) => sum + a.notes.length, 0) + unsorted.length;
      return noteCount === 0 ? [] : [{ ...board, focusAreas, unsorted, noteCount }];
    });
    return phaseBoards.length === 0 ? [] : [{ phaseId: phase.id, title: phase.title, boards: phaseBoards }];
  });
}
