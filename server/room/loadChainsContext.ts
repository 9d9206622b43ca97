// What the chain pages need from the database, checked for the person asking: their access to
// the workshop, its boards (table boards first, in table order) and its organisations.
import { accessToWorkshop, type Principal, type WorkshopAccess } from "@/server/platform/auth/authenticate";
import { currentPrincipal } from "@/server/platform/auth/requestPrincipal";
import { getDb } from "@/server/platform/db/client";

export interface ChainsBoard {
  id: string;
  title: string;
  tableId: string | null;
  tableName: string | null;
  locked: boolean;
}

export interface ChainsContext {
  principal: Principal;
  access: WorkshopAccess;
  workshop: { id: string; title: string };
  boards: ChainsBoard[];
  organisations: string[];
}

export async function loadChainsContext(workshopId: string): Promise<ChainsContext | null> {
  const principal = await currentPrincipal({ workshopId });
  if (!principal) return null;
  const db = getDb();
  const access = await accessToWorkshop(db, principal, workshopId);
  if (!access) return null;
  const [workshop, boards, organisations] = await Promise.all([
    db.workshop.findUnique({ where: { id: workshopId }, select: { id: true, title: true } }),
    db.board.findMany({ where: { workshopId, ownerParticipantId: null }, select: { id: true, title: true, tableId: true, locked: true, createdAt: true, table: { select: { name: true, position: true } } } }),
    db.workshopOrganisation.findMany({ where: { workshopId }, orderBy: { position: "asc" }, select: { name: true } }),
  ]);
  if (!workshop) return null;
  // Tables in their order, then the plenary board: chains are mostly built at the tables.
  const ordered = [...boards].sort((a, b) => (a.table?.position ?? Infinity) - (b.table?.position ?? Infinity) || a.createdAt.getTime() - b.createdAt.getTime());
  return {
    principal,
    access,
    workshop,
    boards: ordered.map((b) => ({ id: b.id, title: b.title, tableId: b.tableId, tableName: b.table?.name ?? null, locked: b.locked })),
    organisations: organisations.map((o) => o.name),
  };
}

/** The board a person edits chains on: the one asked for, else their table's, else the plenary one. */
export function chooseBoard(context: ChainsContext, asked: string | undefined): ChainsBoard | null {
  const { boards, principal } = context;
  const byId = boards.find((b) => b.id === asked);
  if (byId) return byId;
  const tableId = principal.kind === "participant" ? principal.tableId : null;
  return (tableId ? boards.find((b) => b.tableId === tableId) : undefined) ?? boards.find((b) => b.tableId === null) ?? boards[0] ?? null;
}
