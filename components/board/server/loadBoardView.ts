// What a board page needs, resolved on the server: the board, who is looking and what they
// may do. The Yjs server checks the same rights again on connect; this only shapes the page.
import { getDb } from "@/server/db/client";
import { accessToWorkshop } from "@/server/auth/authenticate";
import { currentPrincipal } from "@/server/auth/requestPrincipal";
import type { BoardProps } from "../Board";

export type BoardView = { ok: true; props: BoardProps } | { ok: false; reason: "unauthenticated" | "notFound" };

export async function loadBoardView(workshopId: string, boardId: string, require?: "facilitator"): Promise<BoardView> {
  const principal = await currentPrincipal({ workshopId });
  if (!principal) return { ok: false, reason: "unauthenticated" };
  const db = getDb();
  const access = await accessToWorkshop(db, principal, workshopId);
  if (!access || (require && access !== require)) return { ok: false, reason: principal.kind === "user" ? "notFound" : "unauthenticated" };
  const board = await db.board.findFirst({
    where: { id: boardId, workshopId },
    select: { id: true, title: true, locked: true, workshop: { select: { anonymous: true, currentPhaseId: true } } },
  });
  if (!board) return { ok: false, reason: "notFound" };
  const phase = board.workshop.currentPhaseId ? await db.phase.findUnique({ where: { id: board.workshop.currentPhaseId }, select: { prompt: true } }) : null;
  const me: BoardProps["me"] =
    principal.kind === "user"
      ? { id: principal.userId, name: principal.name, organisation: "", kind: "facilitator" }
      : { id: principal.participantId, name: principal.displayName, organisation: principal.organisation, kind: access === "observer" ? "observer" : "participant" };
  return {
    ok: true,
    props: {
      workshopId,
      boardId: board.id,
      me,
      title: board.title,
      prompt: phase?.prompt || undefined,
      // Facilitators may still edit a locked board: the lock is for participants.
      readOnly: board.locked && me.kind !== "facilitator",
      anonymous: board.workshop.anonymous,
    },
  };
}
