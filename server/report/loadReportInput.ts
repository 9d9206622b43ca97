// Gathers a workshop's rows and board documents for buildReport. Board documents come
// through `readDoc`: the live Yjs server's copy while the server runs (so an export during
// the workshop sees the latest edits), or the stored update log in scripts and benchmarks.
import * as Y from "yjs";
import { readBoard } from "@/lib/board";
import type { Db } from "../db/client";
import { BoardPersistence } from "../yjs/boardPersistence";
import type { ReportInput } from "./types";

export type ReadBoardDoc = (boardId: string) => Promise<Y.Doc>;

/** Reads a board from the database the way the Yjs server loads it, for use outside the server. */
export function readDocFromLog(db: Db): ReadBoardDoc {
  return async (boardId) => {
    const doc = new Y.Doc();
    await new BoardPersistence(db, boardId, { compactAfter: Number.MAX_SAFE_INTEGER }).load(doc, null);
    return doc;
  };
}

export class WorkshopNotFound extends Error {}

export async function loadReportInput(db: Db, workshopId: string, readDoc: ReadBoardDoc, now = new Date()): Promise<ReportInput> {
  const workshop = await db.workshop.findUnique({
    where: { id: workshopId },
    include: {
      organisations: { orderBy: { position: "asc" } },
      phases: { orderBy: { position: "asc" } },
      tables: { orderBy: { position: "asc" } },
      participants: { orderBy: { createdAt: "asc" } },
      boards: { orderBy: { createdAt: "asc" } },
      votingRounds: { orderBy: { createdAt: "asc" }, include: { items: { orderBy: { position: "asc" } } } },
    },
  });
  if (!workshop) throw new WorkshopNotFound(workshopId);

  const participantById = new Map(workshop.participants.map((p) => [p.id, p]));
  const ballotItems = await db.ballotItem.findMany({
    where: { roundId: { in: workshop.votingRounds.map((r) => r.id) } },
    select: { roundId: true, participantId: true, itemId: true, dots: true },
  });

  const boards: ReportInput["boards"] = [];
  for (const board of workshop.boards) {
    const doc = await readDoc(board.id);
    try {
      boards.push({ id: board.id, tableId: board.tableId, title: board.title, locked: board.locked, snapshot: readBoard(doc) });
    } finally {
      doc.destroy();
    }
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
    rounds: workshop.votingRounds.map((round) => ({
      id: round.id,
      title: round.title,
      status: round.status,
      budget: round.budget,
      maxPerItem: round.maxPerItem,
      anonymous: round.anonymous,
      items: round.items.map((i) => ({ id: i.id, boardId: i.boardId, focusAreaId: i.focusAreaId, title: i.title, position: i.position, dots: i.dots })),
      entries: ballotItems
        .filter((b) => b.roundId === round.id)
        .map((b) => {
          const who = participantById.get(b.participantId);
          return { participantId: b.participantId, itemId: b.itemId, dots: b.dots, organisation: who?.organisation ?? "", sector: who?.sector ?? null };
        }),
    })),
    generatedAt: now.toISOString(),
  };
}
