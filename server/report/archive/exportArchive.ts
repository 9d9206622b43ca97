// Writes a workshop as an archive. In an anonymous workshop the archive is scrubbed like
// every other export: no display names, and note authors' names cleared inside the board
// state itself (Yjs garbage-collects the overwritten text, so the names do not survive in the
// encoded update either). An anonymous round (in any workshop) carries no ballots at all: a
// ballot keeps a participant reference, and the participant list resolves it to a person.
// It carries its results instead, suppressed exactly as the report shows them, so an import
// gives the same report.
import * as Y from "yjs";
import { boardRoots, noteKeys } from "@/lib/board/shape";
import type { Db } from "../../platform/db/client";
import { roundBreakdowns, roundKindOf } from "../../../lib/domain/voting";
import { parseAggregate, type RoundAggregate } from "../../voting/aggregate";
import { itemTotals } from "../../voting/results";
import type { ReadBoardDoc } from "../loadReportInput";
import { WorkshopNotFound } from "../loadReportInput";
import { yieldToEventLoop } from "../yieldToEventLoop";
import { archiveFormat, archiveVersion, type Archive } from "./schema";

function scrubAuthors(doc: Y.Doc): void {
  doc.transact(() => {
    for (const note of boardRoots(doc).notes.values()) {
      if (note instanceof Y.Map && note.get(noteKeys.authorName) !== "") note.set(noteKeys.authorName, "");
    }
  });
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function exportArchive(db: Db, workshopId: string, readDoc: ReadBoardDoc, now = new Date()): Promise<Archive> {
  const w = await db.workshop.findUnique({
    where: { id: workshopId },
    include: {
      organisations: { orderBy: { position: "asc" } },
      phases: { orderBy: { position: "asc" } },
      tables: { orderBy: { position: "asc" } },
      participants: { orderBy: { createdAt: "asc" } },
      boards: { where: { ownerParticipantId: null }, orderBy: { createdAt: "asc" } },
      votingRounds: { orderBy: { createdAt: "asc" }, include: { items: { orderBy: { position: "asc" } } } },
    },
  });
  if (!w) throw new WorkshopNotFound(workshopId);
  const sharedBoards = new Set(w.boards.map((b) => b.id));
  const followUpUpdates = (await db.followUpUpdate.findMany({ where: { workshopId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).filter((u) => sharedBoards.has(u.boardId));
  const totals = await itemTotals(db, w.votingRounds);
  const anonymous = (r: { anonymous: boolean }) => w.anonymous || r.anonymous;
  const ballotItems = await db.ballotItem.findMany({ where: { roundId: { in: w.votingRounds.map((r) => r.id) } }, orderBy: [{ roundId: "asc" }, { participantId: "asc" }, { itemId: "asc" }] });
  const participantOf = new Map(w.participants.map((p) => [p.id, p]));
  const aggregateOf = (round: (typeof w.votingRounds)[number]): RoundAggregate => {
    const kept = parseAggregate(round.aggregate);
    if (kept) return kept;
    const entries = ballotItems
      .filter((b) => b.roundId === round.id && b.dots > 0)
      .map((b) => ({ participantId: b.participantId, itemId: b.itemId, dots: b.dots, organisation: participantOf.get(b.participantId)?.organisation ?? "", sector: participantOf.get(b.participantId)?.sector ?? null }));
    return { voters: new Set(entries.map((e) => e.participantId)).size, ...roundBreakdowns({ entries, organisations: w.organisations, anonymous: true, minGroupSize: w.minGroupSize }) };
  };
  // One ballot per participant who has a row in the round (a dot taken back leaves a row with 0),
  // grouped once: filtering all ballot items per ballot is quadratic in the participants.
  const ballotsOfRound = new Map<string, Map<string, { itemRef: string; dots: number }[]>>();
  const anonymousRounds = new Set(w.votingRounds.filter(anonymous).map((r) => r.id));
  for (const bi of ballotItems) {
    if (anonymousRounds.has(bi.roundId)) continue;
    const ballots = ballotsOfRound.get(bi.roundId) ?? new Map<string, { itemRef: string; dots: number }[]>();
    ballotsOfRound.set(bi.roundId, ballots);
    const list = ballots.get(bi.participantId) ?? [];
    list.push({ itemRef: bi.itemId, dots: bi.dots });
    ballots.set(bi.participantId, list);
  }

  const boards: Archive["boards"] = [];
  for (const board of w.boards) {
    const doc = await readDoc(board.id);
    try {
      if (w.anonymous) scrubAuthors(doc);
      boards.push({ ref: board.id, tableRef: board.tableId, title: board.title, locked: board.locked, state: Buffer.from(Y.encodeStateAsUpdate(doc)).toString("base64") });
    } finally {
      doc.destroy();
    }
    await yieldToEventLoop();
  }

  return {
    format: archiveFormat,
    version: archiveVersion,
    exportedAt: now.toISOString(),
    workshop: {
      title: w.title,
      date: w.date,
      place: w.place,
      organisers: w.organisers,
      language: w.language === "en" ? "en" : "nb",
      method: w.method,
      status: w.status,
      capacity: w.capacity,
      anonymous: w.anonymous,
      minGroupSize: w.minGroupSize,
      retentionMonths: w.retentionMonths,
      currentPhaseRef: w.currentPhaseId,
    },
    organisations: w.organisations.map((o) => ({ name: o.name, sector: o.sector, position: o.position })),
    phases: w.phases.map((p) => ({ ref: p.id, position: p.position, kind: p.kind, title: p.title, prompt: p.prompt, timeboxMinutes: p.timeboxMinutes, groupMode: p.groupMode, silentWriting: p.silentWriting })),
    tables: w.tables.map((t) => ({ ref: t.id, name: t.name, position: t.position })),
    participants: w.participants.map((p) => ({
      ref: p.id,
      displayName: w.anonymous ? null : p.displayName,
      organisation: p.organisation,
      sector: p.sector,
      role: p.role === "observer" ? "observer" : "participant",
      tableRef: p.tableId,
      removed: p.removedAt !== null,
    })),
    boards,
    votingRounds: w.votingRounds.map((r) => ({
      title: r.title,
      status: r.status === "closed" || r.status === "revealed" ? r.status : "open",
      kind: roundKindOf(r.kind),
      budget: r.budget,
      maxPerItem: r.maxPerItem,
      anonymous: r.anonymous,
      showLive: r.showLive,
      createdAt: iso(r.createdAt),
      closesAt: iso(r.closesAt),
      closedAt: iso(r.closedAt),
      revealedAt: iso(r.revealedAt),
      items: r.items.map((i) => ({
        ref: i.id,
        boardRef: i.boardId,
        focusAreaId: i.focusAreaId,
        title: i.title,
        position: i.position,
        dots: totals.get(i.id) ?? 0,
        rank: i.rank,
      })),
      aggregate: anonymous(r) ? aggregateOf(r) : null,
      ballots: anonymous(r)
        ? null
        : [...(ballotsOfRound.get(r.id) ?? new Map<string, { itemRef: string; dots: number }[]>())].map(([participantRef, items]) => ({
            participantRef,
            spent: items.reduce((sum, i) => sum + i.dots, 0),
            items,
          })),
    })),
    followUpUpdates: followUpUpdates.map((u) => ({
      boardRef: u.boardId,
      chainId: u.chainId,
      actionId: u.actionId,
      status: u.status === "started" || u.status === "done" ? u.status : "planned",
      progress: u.progress,
      comment: u.comment,
      deadline: u.deadline,
      createdAt: u.createdAt.toISOString(),
      byOwner: u.linkId !== null,
    })),
  };
}
