// Creates a new workshop from an archive: new ids, a new join code, the importing user as
// owner, and fresh participant secrets (an archive never carries them). References inside
// the board documents (note authors, focus areas copied from another board) are moved to
// the new ids, so "my notes" and "copied from Bord 2" still point somewhere real.
import { randomBytes } from "node:crypto";
import * as Y from "yjs";
import { boardRoots, focusAreaKeys, noteKeys } from "@/lib/board/shape";
import type { Db } from "../../platform/db/client";
import { remapAggregate } from "../../voting/aggregate";
import { withFreshJoinCode } from "../../workshop/joinCode";
import { freshLinkSecret } from "../../workshop/followUp/token";
import type { Archive } from "./schema";

export class ArchiveContentError extends Error {
  readonly code = "invalidArchive";
}

function remapBoard(state: Uint8Array, participantIds: Map<string, string>, boardIds: Map<string, string>, phaseIds: Map<string, string>): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
  } catch (error) {
    throw new ArchiveContentError("a board's state does not decode", { cause: error });
  }
  const roots = boardRoots(doc);
  doc.transact(() => {
    for (const note of roots.notes.values()) {
      if (!(note instanceof Y.Map)) continue;
      const author = note.get(noteKeys.authorId);
      if (typeof author === "string" && participantIds.has(author)) note.set(noteKeys.authorId, participantIds.get(author));
      // A copy's origin and the phase it was written in name rows that get new ids here.
      const origin = note.get(noteKeys.origin) as { boardId?: unknown; noteId?: unknown } | null | undefined;
      if (origin && typeof origin.boardId === "string" && boardIds.has(origin.boardId)) note.set(noteKeys.origin, { ...origin, boardId: boardIds.get(origin.boardId) });
      const phase = note.get(noteKeys.phaseId);
      if (typeof phase === "string" && phaseIds.has(phase)) note.set(noteKeys.phaseId, phaseIds.get(phase));
    }
    for (const area of roots.focusAreas.values()) {
      if (!(area instanceof Y.Map)) continue;
      const origin = area.get(focusAreaKeys.origin) as { boardId?: unknown; tableName?: unknown } | null | undefined;
      if (origin && typeof origin.boardId === "string" && boardIds.has(origin.boardId)) area.set(focusAreaKeys.origin, { ...origin, boardId: boardIds.get(origin.boardId) });
    }
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

const date = (value: string | null) => (value ? new Date(value) : null);

/** When the archive was written, or now when that is not a readable time. */
function exportTime(archive: Archive): Date {
  const at = new Date(archive.exportedAt);
  return Number.isNaN(at.getTime()) ? new Date() : at;
}

export async function importArchive(db: Db, archive: Archive, ownerId: string): Promise<{ workshopId: string }> {
  const known = (map: Map<string, string>, ref: string | null, what: string) => {
    if (ref === null) return null;
    const id = map.get(ref);
    if (!id) throw new ArchiveContentError(`unknown ${what} ${ref}`);
    return id;
  };
  return withFreshJoinCode((joinCode) =>
    db.$transaction(
      async (tx) => {
        const a = archive.workshop;
        const workshop = await tx.workshop.create({
          data: { title: a.title, date: a.date, place: a.place, organisers: a.organisers, language: a.language, method: a.method, status: a.status, capacity: a.capacity, anonymous: a.anonymous, minGroupSize: a.minGroupSize, retentionMonths: a.retentionMonths, joinCode, ownerId },
        });
        if (archive.organisations.length) await tx.workshopOrganisation.createMany({ data: archive.organisations.map((o) => ({ ...o, workshopId: workshop.id })) });
        const phaseIds = new Map<string, string>();
        for (const p of archive.phases) {
          const row = await tx.phase.create({ data: { workshopId: workshop.id, position: p.position, kind: p.kind, title: p.title, prompt: p.prompt, timeboxMinutes: p.timeboxMinutes, groupMode: p.groupMode, silentWriting: p.silentWriting ?? false } });
          phaseIds.set(p.ref, row.id);
        }
        if (a.currentPhaseRef) await tx.workshop.update({ where: { id: workshop.id }, data: { currentPhaseId: known(phaseIds, a.currentPhaseRef, "phase") } });
        const tableIds = new Map<string, string>();
        for (const t of archive.tables) tableIds.set(t.ref, (await tx.workshopTable.create({ data: { workshopId: workshop.id, name: t.name, position: t.position } })).id);
        const participantIds = new Map<string, string>();
        for (const [index, p] of archive.participants.entries()) {
          const row = await tx.participant.create({
            data: {
              workshopId: workshop.id,
              // An anonymous archive has no names; the rows keep organisation and seating for the counts.
              displayName: p.displayName ?? `#${index + 1}`,
              organisation: p.organisation,
              sector: p.sector,
              role: p.role,
              tableId: known(tableIds, p.tableRef, "table"),
              secret: randomBytes(16).toString("base64url"),
              removedAt: p.removed ? new Date() : null,
            },
          });
          participantIds.set(p.ref, row.id);
        }
        const boardIds = new Map<string, string>();
        for (const b of archive.boards) {
          boardIds.set(b.ref, (await tx.board.create({ data: { workshopId: workshop.id, tableId: known(tableIds, b.tableRef, "table"), title: b.title, locked: b.locked } })).id);
        }
        // Board states are written as each board's first BoardUpdate row, as the Yjs server
        // would have stored them; nobody can have the new boards open yet.
        for (const b of archive.boards) {
          const state = remapBoard(new Uint8Array(Buffer.from(b.state, "base64")), participantIds, boardIds, phaseIds);
          await tx.boardUpdate.create({ data: { boardId: boardIds.get(b.ref)!, data: new Uint8Array(state) } });
        }
        for (const r of archive.votingRounds) {
          // An open round's totals are the sums of its ballot rows (server/voting/results.ts). An
          // anonymous workshop's archive carries item totals but no ballots, so a round that was
          // open when it was exported comes in closed at the export time, with those totals.
          const closeOnImport = r.status === "open" && r.ballots === null;
          const round = await tx.votingRound.create({
            data: {
              workshopId: workshop.id,
              title: r.title,
              status: closeOnImport ? "closed" : r.status,
              kind: r.kind,
              budget: r.budget,
              maxPerItem: r.maxPerItem,
              anonymous: r.anonymous,
              showLive: r.showLive,
              createdAt: date(r.createdAt) ?? undefined,
              closesAt: date(r.closesAt),
              closedAt: closeOnImport ? exportTime(archive) : date(r.closedAt),
              revealedAt: date(r.revealedAt),
            },
          });
          const itemIds = new Map<string, string>();
          for (const i of r.items) {
            const row = await tx.votingItem.create({
              data: { roundId: round.id, boardId: known(boardIds, i.boardRef, "board")!, focusAreaId: i.focusAreaId, title: i.title, position: i.position, dots: i.dots, rank: i.rank },
            });
            itemIds.set(i.ref, row.id);
          }
          if (r.aggregate) await tx.votingRound.update({ where: { id: round.id }, data: { aggregate: JSON.stringify(remapAggregate(r.aggregate, itemIds)) } });
          for (const ballot of r.ballots ?? []) {
            const participantId = known(participantIds, ballot.participantRef, "participant")!;
            // `spent` is the sum of the items, which is what the database keeps.
            for (const item of ballot.items) {
              await tx.ballotItem.create({ data: { roundId: round.id, participantId, itemId: known(itemIds, item.itemRef, "voting item")!, dots: item.dots } });
            }
          }
        }
        // The history of each action after the meeting. Updates that came through an owner's link
        // hang off a fresh link of this instance (the archive carries none), so they still read
        // as the owner's and the organiser's page offers that link.
        const ownerLinks = new Map<string, string>();
        for (const u of archive.followUpUpdates) {
          const boardId = known(boardIds, u.boardRef, "board")!;
          let linkId: string | null = null;
          if (u.byOwner) {
            const key = `${boardId}:${u.chainId}:${u.actionId}`;
            linkId = ownerLinks.get(key) ?? (await tx.followUpLink.create({ data: { workshopId: workshop.id, boardId, chainId: u.chainId, actionId: u.actionId, secret: freshLinkSecret() } })).id;
            ownerLinks.set(key, linkId);
          }
          const createdAt = new Date(u.createdAt);
          await tx.followUpUpdate.create({
            data: { workshopId: workshop.id, boardId, chainId: u.chainId, actionId: u.actionId, linkId, status: u.status, progress: u.progress, comment: u.comment, deadline: u.deadline, createdAt: Number.isNaN(createdAt.getTime()) ? undefined : createdAt },
          });
        }
        return { workshopId: workshop.id };
      },
      { timeout: 60_000, maxWait: 10_000 },
    ),
  );
}
