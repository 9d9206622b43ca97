// Every workshop has one plenary board and one board per table. The preparation pages may
// create them; the room makes sure they exist before anyone is sent to one.
import type { Db } from "../platform/db/client";
import { serialisedAcrossInstances } from "../platform/serialised";

export async function ensureRoomBoards(db: Db, workshopId: string, plenaryTitle = "Plenum"): Promise<void> {
  // Every socket's first room state asks, and the boards are nearly always there: only a
  // missing board takes the workshop's lock (one database connection held while it waits).
  if ((await missingBoards(db, workshopId, plenaryTitle)).length === 0) return;
  await serialisedAcrossInstances(db, `boards:${workshopId}`, async () => {
    const missing = await missingBoards(db, workshopId, plenaryTitle);
    if (missing.length > 0) await db.board.createMany({ data: missing });
  });
}

async function missingBoards(db: Db, workshopId: string, plenaryTitle: string): Promise<{ workshopId: string; tableId: string | null; title: string }[]> {
  const [tables, boards] = await Promise.all([
    db.workshopTable.findMany({ where: { workshopId }, select: { id: true, name: true } }),
    db.board.findMany({ where: { workshopId, ownerParticipantId: null }, select: { tableId: true } }),
  ]);
  const withBoard = new Set(boards.map((b) => b.tableId));
  const missing: { workshopId: string; tableId: string | null; title: string }[] = [];
  if (!withBoard.has(null)) missing.push({ workshopId, tableId: null, title: plenaryTitle });
  for (const table of tables) if (!withBoard.has(table.id)) missing.push({ workshopId, tableId: table.id, title: table.name });
  return missing;
}

/** The board a person works on in a phase: their table's in table phases, else the plenary one. */
export function boardFor(
  boards: ReadonlyArray<{ id: string; tableId: string | null; createdAt: Date }>,
  groupMode: string | null,
  tableId: string | null,
): string | null {
  const byAge = [...boards].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  if (groupMode && groupMode !== "plenary") return tableId ? (byAge.find((b) => b.tableId === tableId)?.id ?? null) : null;
  return byAge.find((b) => b.tableId === null)?.id ?? null;
}
