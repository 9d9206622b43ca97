// Gathers a workshop's rows and board documents for buildReport, in two steps so that the
// expensive one runs off the event loop:
// - loadReportSource (server thread): database rows, and each board's state as encoded Yjs
//   updates through `readState`: the live Yjs server's state while the server runs (so an
//   export during the workshop sees the latest edits), or the stored update log in scripts
//   and benchmarks. Nothing is decoded here.
// - readReportInput (report worker): decodes the updates and reads each board (readBoard);
//   for a 2,000-note board that is hundreds of milliseconds of CPU in one piece.
import * as Y from "yjs";
import { readStoredUpdate } from "../boards/storedUpdate";
import { readBoard } from "@/lib/board";
import type { Db } from "../platform/db/client";
import { BoardPersistence } from "../boards/boardPersistence";
import { parseAggregate } from "../voting/aggregate";
import { itemTotals } from "../voting/results";
import type { ReportInput, ReportSource } from "./types";

export type ReadBoardDoc = (boardId: string) => Promise<Y.Doc>;
/** A board's state as Yjs updates, applied in order. */
export type ReadBoardState = (boardId: string) => Promise<Uint8Array[]>;

/** Reads a board from the database the way the Yjs server loads it, for use outside the server. */
export function readDocFromLog(db: Db): ReadBoardDoc {
  return async (boardId) => {
    const doc = new Y.Doc();
    await new BoardPersistence(db, boardId).load(doc, null);
    return doc;
  };
}

/** A board's stored update log as it is in the database, for use outside the server. */
export function readStateFromLog(db: Db): ReadBoardState {
  return async (boardId) => (await db.boardUpdate.findMany({ where: { boardId }, orderBy: { id: "asc" }, select: { data: true } })).map((row) => row.data);
}

/**
 * Decodes each board's updates and reads it, the way BoardPersistence.load does: a value beyond
 * the board's limits is taken out of its row, an update that does not decode is skipped.
 */
export function readReportInput(source: ReportSource): ReportInput {
  const boards = source.boards.map(({ updates, ...board }) => {
    const doc = new Y.Doc();
    try {
      doc.transact(() => {
        for (const update of updates) {
          const stored = readStoredUpdate(update);
          if (!stored.ok) continue; // the server logs such a row when it loads the board
          try {
            Y.applyUpdate(doc, stored.update);
          } catch {
            // The report reads around it.
          }
        }
      });
      return { ...board, snapshot: readBoard(doc) };
    } finally {
      doc.destroy();
    }
  });
  return { ...source, boards };
}

export class WorkshopNotFound extends Error {}

export async function loadReportSource(db: Db, workshopId: string, readState: ReadBoardState, now = new Date()): Promise<ReportSource> {
  const workshop = await db.workshop.findUnique({
    where: { id: workshopId },
    include: {
      organisations: { orderBy: { position: "asc" } },
      phases: { orderBy: { position: "asc" } },
      tables: { orderBy: { position: "asc" } },
      participants: { orderBy: { createdAt: "asc" } },
      // Shared boards only: private notes (silent writing) reach the report once revealed.
      boards: { where: { ownerParticipantId: null }, orderBy: { createdAt: "asc" } },
      votingRounds: { orderBy: { createdAt: "asc" }, include: { items: { orderBy: { position: "asc" } } } },
    },
  });
  if (!workshop) throw new WorkshopNotFound(workshopId);

  const participantById = new Map(workshop.participants.map((p) => [p.id, p]));
  const ballotItems = await db.ballotItem.findMany({
    where: { roundId: { in: workshop.votingRounds.map((r) => r.id) } },
    select: { roundId: true, participantId: true, itemId: true, dots: true },
  });

  const totals = await itemTotals(db, workshop.votingRounds);

  const boards: ReportSource["boards"] = [];
  for (const board of workshop.boards) {
    boards.push({ id: board.id, tableId: board.tableId, title: board.title, locked: board.locked, updates: await readState(board.id) });
  }

  return {
    workshop: {
      id: workshop.id,
      title: workshop.title,
      date: workshop.date,
      place: workshop.place,
      organisers: workshop.organisers,
      language: workshop.language,
      method: workshop.method,
      status: workshop.status,
      anonymous: workshop.anonymous,
      minGroupSize: workshop.minGroupSize,
    },
    organisations: workshop.organisations.map((o) => ({ name: o.name, sector: o.sector, position: o.position })),
    phases: workshop.phases.map((p) => ({
      id: p.id,
      position: p.position,
      kind: p.kind,
      title: p.title,
      prompt: p.prompt,
      groupMode: p.groupMode,
      timeboxMinutes: p.timeboxMinutes,
    })),
    tables: workshop.tables.map((t) => ({ id: t.id, name: t.name, position: t.position })),
    participants: workshop.participants.map((p) => ({
      id: p.id,
      displayName: p.displayName,
      organisation: p.organisation,
      sector: p.sector,
      role: p.role,
      tableId: p.tableId,
      removed: p.removedAt !== null,
    })),
    boards,
    rounds: workshop.votingRounds.map((round) => {
      const entries = ballotItems
        .filter((b) => b.roundId === round.id)
        .map((b) => {
          const who = participantById.get(b.participantId);
          return { participantId: b.participantId, itemId: b.itemId, dots: b.dots, organisation: who?.organisation ?? "", sector: who?.sector ?? null };
        });
      return {
        id: round.id,
        title: round.title,
        status: round.status,
        budget: round.budget,
        maxPerItem: round.maxPerItem,
        anonymous: round.anonymous,
        items: round.items.map((i) => ({
          id: i.id,
          boardId: i.boardId,
          focusAreaId: i.focusAreaId,
          title: i.title,
          position: i.position,
          dots: totals.get(i.id) ?? 0,
        })),
        entries,
        aggregate: parseAggregate(round.aggregate),
      };
    }),
    generatedAt: now.toISOString(),
  };
}
