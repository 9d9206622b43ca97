// Board snapshots to the report's boards and notes. Notes keep the board's own order
// (creation time); focus areas keep the board's order, ranked ones first by rank.
import type { ReportBoard, ReportInput, ReportNote } from "./types";

export function buildBoards(input: ReportInput): { boards: ReportBoard[]; notes: ReportNote[] } {
  const tableName = new Map(input.tables.map((t) => [t.id, t.name]));
  const tablePosition = new Map(input.tables.map((t) => [t.id, t.position]));
  // The plenary board first, then tables in their seating order.
  const ordered = [...input.boards].sort(
    (a, b) => (a.tableId === null ? -1 : (tablePosition.get(a.tableId) ?? 0)) - (b.tableId === null ? -1 : (tablePosition.get(b.tableId) ?? 0)),
  );
  const boards: ReportBoard[] = [];
  const notes: ReportNote[] = [];
  for (const board of ordered) {
    const { snapshot } = board;
    const areaTitle = new Map(snapshot.focusAreas.map((a) => [a.id, a.title]));
    const byId = new Map<string, ReportNote>();
    for (const note of snapshot.notes) {
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
      };
      byId.set(note.id, reportNote);
      notes.push(reportNote);
    }
    const areas = [...snapshot.focusAreas].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
    boards.push({
      id: board.id,
      title: board.title,
      tableName: board.tableId ? (tableName.get(board.tableId) ?? null) : null,
      focusAreas: areas.map((area) => ({
        id: area.id,
        title: area.title,
        rank: area.rank,
        colour: area.colour,
        notes: area.noteIds.map((id) => byId.get(id)).filter((n): n is ReportNote => n !== undefined),
      })),
      unsorted: snapshot.notes.filter((n) => n.focusAreaId === null).map((n) => byId.get(n.id)!),
      noteCount: snapshot.notes.length,
    });
  }
  return { boards, notes };
}
