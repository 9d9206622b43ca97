// A participant asks to be forgotten. Their name goes from every note they wrote, and from every
// action where it stands as owner or partner, on every board of the workshop, and from the
// stored board log too (the log is replaced by a fresh snapshot, which holds no overwritten
// value). Their participant row keeps no name and no way to sign in as them (a new secret;
// their connections are closed), but stays as the anonymous row their ballots hang on, so every
// vote total stays exactly what it was. The notes and their words stay: they are the meeting's
// shared work.
import { randomBytes } from "node:crypto";
import { forgetAuthorName, forgetNameInActions } from "../../lib/board";
import type { YjsServer } from "../boards/yjsServer";
import type { Db } from "../platform/db/client";
import { log } from "../platform/log";
import { WorkshopError } from "./errors";

export async function forgetParticipant(db: Db, yjs: Pick<YjsServer, "rewriteBoardDoc" | "disconnectParticipant">, workshopId: string, participantId: string): Promise<{ notes: number; actions: number }> {
  const participant = await db.participant.findFirst({ where: { id: participantId, workshopId }, select: { id: true, removedAt: true, displayName: true } });
  if (!participant) throw new WorkshopError("participantNotFound");
  const now = new Date();
  // First the row: from here on they cannot sign in, and a new note could not carry the name.
  await db.participant.update({
    where: { id: participantId },
    data: { displayName: "", forgottenAt: now, removedAt: participant.removedAt ?? now, secret: randomBytes(32).toString("base64url") },
  });
  await yjs.disconnectParticipant(participantId);
  const boards = await db.board.findMany({ where: { workshopId }, select: { id: true } });
  let notes = 0;
  let actions = 0;
  for (const board of boards) {
    await yjs.rewriteBoardDoc(board.id, (doc) => {
      notes += forgetAuthorName(doc, participantId, "server");
      actions += forgetNameInActions(doc, participant.displayName, "server");
    });
  }
  log.info("participant forgotten", { workshopId, boards: boards.length, notes, actions });
  return { notes, actions };
}
