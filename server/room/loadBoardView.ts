// What a board page needs, resolved on the server: the board, who is looking and what they
// may do. The Yjs server checks the same rights again on connect; this only shapes the page.
import { getDb } from "@/server/platform/db/client";
import { accessToWorkshop } from "@/server/platform/auth/authenticate";
import { currentPrincipal } from "@/server/platform/auth/requestPrincipal";
import { getRuntime } from "@/server/realtime/runtime";
import type { BoardProps } from "../../lib/contract/boardPage";

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
  prepareBoard(board.id, board.locked);
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
      phaseId: board.workshop.currentPhaseId,
    },
  };
}

/**
 * Loads the board's document on the sync server while the page is still on its way to the
 * browser: on a large board that load is most of what a newcomer would otherwise wait for
 * after the page's websocket connects.
 */
function prepareBoard(boardId: string, locked: boolean): void {
  let runtime;
  try {
    runtime = getRuntime();
  } catch {
    return; // rendered outside a started Samla process (e.g. a build step): nothing to warm
  }
  runtime.yjs.prepareBoard(boardId, locked);
}
