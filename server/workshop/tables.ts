// Tables (groups) and who sits at them. Every table has its own board for group phases.
// Re-seating keeps the tables that exist, with their boards and whatever is on them, and only
// adds tables when more are needed; surplus tables are removed only when their board is empty,
// so a second round of seating never throws away a group's notes.
import { z } from "zod";
import type { Db } from "../platform/db/client";
import { assignTables, MAX_TABLES, tableCountFor, tableMetrics } from "../../lib/domain/seating/tableAssignment";
import { WorkshopError } from "./errors";
import { workshopLocale, workshopNames } from "./names";

const id = z.string().min(1).max(64);

export const tableRequestSchema = z.discriminatedUnion("op", [
  z.object({
    op: z.literal("assign"),
    mode: z.enum(["mixed", "homogeneous"]),
    tableCount: z.number().int().min(1).max(MAX_TABLES).optional(),
    tableSize: z.number().int().min(2).max(100).optional(),
  }).refine((o) => (o.tableCount === undefined) !== (o.tableSize === undefined), { message: "tableCountOrSize" }),
  z.object({ op: z.literal("add"), name: z.string().trim().min(1).max(80).optional() }),
  z.object({ op: z.literal("rename"), tableId: id, name: z.string().trim().min(1).max(80) }),
  z.object({ op: z.literal("remove"), tableId: id }),
  z.object({ op: z.literal("move"), participantId: id, tableId: id.nullable() }),
]);
export type TableRequest = z.input<typeof tableRequestSchema>;

async function workshopLanguage(db: Db, workshopId: string) {
  const workshop = await db.workshop.findUnique({ where: { id: workshopId }, select: { language: true } });
  if (!workshop) throw new WorkshopError("notFound");
  return workshopLocale(workshop.language);
}

/** Adds tables at the end, each with its own board, numbering on from the last one. */
async function addTables(db: Db, workshopId: string, count: number, name?: string) {
  const locale = await workshopLanguage(db, workshopId);
  const existing = await db.workshopTable.count({ where: { workshopId } });
  if (existing + count > MAX_TABLES) throw new WorkshopError("tooManyTables");
  const last = await db.workshopTable.findFirst({ where: { workshopId }, orderBy: { position: "desc" }, select: { position: true } });
  const start = (last?.position ?? -1) + 1;
  const created = [];
  for (let i = 0; i < count; i++) {
    const tableName = name ?? workshopNames.table(locale, existing + i + 1);
    created.push(
      await db.workshopTable.create({
        data: { workshopId, name: tableName, position: start + i, boards: { create: { workshopId, title: tableName } } },
      }),
    );
  }
  return created;
}

async function boardIsEmpty(db: Db, tableId: string): Promise<boolean> {
  return (await db.boardUpdate.count({ where: { board: { tableId } } })) === 0;
}

/**
 * Seats every active participant (observers are not seated) at `count` tables chosen by the
 * pure assignment rules. Returns the evenness figures so the facilitator sees the result.
 */
export async function assignAutomatically(
  db: Db,
  workshopId: string,
  options: { mode: "mixed" | "homogeneous"; tableCount?: number; tableSize?: number; seed?: number },
) {
  await workshopLanguage(db, workshopId);
  const participants = await db.participant.findMany({
    where: { workshopId, removedAt: null, role: "participant" },
    select: { id: true, organisation: true, sector: true },
    orderBy: { createdAt: "asc" },
  });
  if (participants.length === 0) throw new WorkshopError("noParticipants");
  const wanted = Math.min(tableCountFor(participants.length, options), participants.length);
  if (wanted > MAX_TABLES) throw new WorkshopError("tooManyTables");
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const groups = assignTables(participants, { mode: options.mode, tableCount: wanted, seed });

  let tables = await db.workshopTable.findMany({ where: { workshopId }, orderBy: { position: "asc" } });
  if (tables.length < wanted) {
    await addTables(db, workshopId, wanted - tables.length);
    tables = await db.workshopTable.findMany({ where: { workshopId }, orderBy: { position: "asc" } });
  }
  const used = tables.slice(0, wanted);
  await db.$transaction(groups.map((group, i) => db.participant.updateMany({ where: { id: { in: group.map((p) => p.id) } }, data: { tableId: used[i].id } })));

  const keptEmpty: string[] = [];
  for (const surplus of tables.slice(wanted)) {
    await db.participant.updateMany({ where: { tableId: surplus.id }, data: { tableId: null } });
    if (await boardIsEmpty(db, surplus.id)) await removeTableRow(db, surplus.id);
    else keptEmpty.push(surplus.name);
  }
  return { seed, tableCount: wanted, keptEmpty, metrics: tableMetrics(groups) };
}

/** Deletes a table with its (empty) boards; its people become unseated. */
async function removeTableRow(db: Db, tableId: string): Promise<void> {
  await db.$transaction([
    db.participant.updateMany({ where: { tableId }, data: { tableId: null } }),
    // Boards point at tables with SetNull, which would turn them into plenary boards.
    db.board.deleteMany({ where: { tableId } }),
    db.workshopTable.delete({ where: { id: tableId } }),
  ]);
}

async function tableOf(db: Db, workshopId: string, tableId: string) {
  const table = await db.workshopTable.findFirst({ where: { id: tableId, workshopId } });
  if (!table) throw new WorkshopError("tableNotFound");
  return table;
}

export async function moveParticipant(db: Db, workshopId: string, participantId: string, tableId: string | null) {
  const participant = await db.participant.findFirst({ where: { id: participantId, workshopId, removedAt: null } });
  if (!participant) throw new WorkshopError("participantNotFound");
  if (tableId) await tableOf(db, workshopId, tableId);
  return db.participant.update({ where: { id: participantId }, data: { tableId } });
}

/** One entry point for the route handler; each op is a small function above. */
export async function changeTables(db: Db, workshopId: string, request: TableRequest) {
  const req = tableRequestSchema.parse(request);
  switch (req.op) {
    case "assign":
      return { op: req.op, ...(await assignAutomatically(db, workshopId, req)) };
    case "add":
      return { op: req.op, tables: await addTables(db, workshopId, 1, req.name) };
    case "rename": {
      await tableOf(db, workshopId, req.tableId);
      await db.$transaction([
        db.workshopTable.update({ where: { id: req.tableId }, data: { name: req.name } }),
        db.board.updateMany({ where: { tableId: req.tableId }, data: { title: req.name } }),
      ]);
      return { op: req.op };
    }
    case "remove": {
      await tableOf(db, workshopId, req.tableId);
      // A board that has been written on is the group's work: refuse, and change nothing
      // (half an action, people unseated from a table that stays, would surprise anyone).
      if (!(await boardIsEmpty(db, req.tableId))) return { op: req.op, removed: false };
      await removeTableRow(db, req.tableId);
      return { op: req.op, removed: true };
    }
    case "move":
      await moveParticipant(db, workshopId, req.participantId, req.tableId);
      return { op: req.op };
  }
}
