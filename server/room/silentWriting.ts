// Silent writing: while it is on, each participant writes on a private board of their own (a
// Board row with ownerParticipantId and parentBoardId); the board server lets nobody else open
// it (server/boards/upgradeAuth.ts), so no other participant's note text reaches anyone's
// browser, not even as bytes on the wire. Revealing moves every private note and focus area
// onto its shared board, keeping its id (lib/board/reveal.ts): a reveal repeated after a crash
// adds nothing twice. A participant may also share their own notes early.
import { deleteNotes, dissolveFocusArea, readBoard, takeWorkFrom, type TakenWork } from "@/lib/board";
import { silenceOnPhaseStart } from "../../lib/domain/silentWriting";
import type { RevealResult } from "../../lib/contract/room";
import type { YjsServer } from "../boards/yjsServer";
import type { Db } from "../platform/db/client";
import { serialisedAcrossInstances } from "../platform/serialised";

export class NoSharedBoard extends Error {}

type Yjs = Pick<YjsServer, "readBoardDoc" | "changeBoardDoc">;

/** Space between one participant's revealed notes and the next participant's. */
const gap = 40;

/** The participant's private board behind `sharedBoardId`, made on first ask. */
export async function privateBoardFor(db: Db, workshopId: string, sharedBoardId: string, participantId: string): Promise<string> {
  const shared = await db.board.findFirst({ where: { id: sharedBoardId, workshopId, ownerParticipantId: null }, select: { id: true, title: true } });
  if (!shared) throw new NoSharedBoard(sharedBoardId);
  const where = { parentBoardId: shared.id, ownerParticipantId: participantId };
  const existing = await db.board.findFirst({ where, select: { id: true } });
  if (existing) return existing.id;
  try {
    return (await db.board.create({ data: { workshopId, title: shared.title, ...where }, select: { id: true } })).id;
  } catch (error) {
    // Two tabs asking at once: the unique (parentBoardId, ownerParticipantId) lets one create.
    const again = await db.board.findFirst({ where, select: { id: true } });
    if (again) return again.id;
    throw error;
  }
}

/**
 * Moves the notes of private boards onto their shared boards: every private board of the
 * workshop, or only `participantId`'s behind `sharedBoardId`. Each participant's notes land as
 * they laid them out, side by side in a row below what the shared board already holds.
 */
export async function revealPrivateNotes(db: Db, yjs: Yjs, workshopId: string, only?: { sharedBoardId: string; participantId: string }): Promise<RevealResult> {
  const privateBoards = await db.board.findMany({
    where: { workshopId, ownerParticipantId: only ? only.participantId : { not: null }, ...(only ? { parentBoardId: only.sharedBoardId } : { parentBoardId: { not: null } }) },
    orderBy: { createdAt: "asc" },
    select: { id: true, parentBoardId: true },
  });
  const result: RevealResult = { notes: 0, boards: 0 };
  const byShared = new Map<string, string[]>();
  for (const board of privateBoards) byShared.set(board.parentBoardId!, [...(byShared.get(board.parentBoardId!) ?? []), board.id]);
  for (const [sharedId, privateIds] of byShared) {
    // One shared board at a time, across instances: two reveals (a double click, two
    // facilitators) take turns, and the second finds the notes already moved.
    await serialisedAcrossInstances(db, `reveal:${sharedId}`, async () => {
      // Where this reveal's notes go: one row below what the board holds now, each
      // participant's notes beside the previous participant's, so the table sees whose are whose.
      let row: { x: number; y: number } | null = null;
      for (const privateId of privateIds) {
        const source = await yjs.readBoardDoc(privateId);
        const { notes, focusAreas } = readBoard(source);
        const written = [...notes, ...focusAreas];
        if (written.length === 0) continue;
        let moved: TakenWork = { notes: [], areas: [], added: 0 };
        await yjs.changeBoardDoc(sharedId, (doc) => {
          if (!row) {
            const existing = readBoard(doc);
            const boxes = [...existing.notes, ...existing.focusAreas];
            row = boxes.length === 0 ? { x: 0, y: 0 } : { x: Math.min(...boxes.map((b) => b.x)), y: Math.max(...boxes.map((b) => b.y + b.h)) + gap };
          }
          moved = takeWorkFrom(doc, source, row, "server");
        });
        if ((moved.added > 0 || moved.areas.length > 0) && row) {
          const r: { x: number; y: number } = row;
          row = { x: r.x + Math.max(...written.map((n) => n.x + n.w)) - Math.min(...written.map((n) => n.x)) + gap, y: r.y };
        }
        // Only what is now on the shared board leaves the private one (changeBoardDoc returns
        // once the shared board's change is stored); a note written meanwhile stays for later.
        await yjs.changeBoardDoc(privateId, (doc) => {
          deleteNotes(doc, moved.notes, "server");
          for (const area of moved.areas) dissolveFocusArea(doc, area, "server");
        });
        result.notes += moved.added;
        if (moved.added > 0) result.boards += 1;
      }
    });
  }
  return result;
}

/** Silent writing on or off for the whole room; off reveals everything written in silence. */
export async function setSilentWriting(db: Db, yjs: Yjs, workshopId: string, silent: boolean): Promise<RevealResult> {
  await db.workshop.update({ where: { id: workshopId }, data: { silentWriting: silent } });
  return silent ? { notes: 0, boards: 0 } : revealPrivateNotes(db, yjs, workshopId);
}

/** A phase starts: it sets silent writing as prepared, revealing when the silence ends. */
export async function applyPhaseSilence(db: Db, yjs: Yjs, workshopId: string, phaseSilent: boolean, wasSilent: boolean): Promise<void> {
  const { silent, reveal } = silenceOnPhaseStart(wasSilent, phaseSilent);
  await db.workshop.update({ where: { id: workshopId }, data: { silentWriting: silent } });
  if (reveal) await revealPrivateNotes(db, yjs, workshopId);
}
