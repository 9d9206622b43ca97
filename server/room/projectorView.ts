// Which board the projector shows (lib/contract/room.ts RoomProjector). The choice is stored on
// the workshop, so a projector that reloads, or a server that restarts, shows the same thing.
import type { ProjectorView, RoomProjector } from "../../lib/contract/room";

/** Phase kinds whose main content is not a board: the projector shows the phase (or the vote). */
const nonBoardKinds = new Set(["prioritising", "actionChains"]);

export function resolveProjector(
  stored: { projectorView: string; projectorBoardId: string | null },
  phase: { kind: string; groupMode: string } | null,
  boards: ReadonlyArray<{ id: string; tableId: string | null }>,
): RoomProjector {
  const view: ProjectorView = stored.projectorView === "phase" || stored.projectorView === "board" ? stored.projectorView : "auto";
  const boardId = view === "board" && boards.some((b) => b.id === stored.projectorBoardId) ? stored.projectorBoardId : null;
  if (view === "board") return { view, boardId, showing: boardId };
  if (view === "phase" || !phase || nonBoardKinds.has(phase.kind) || phase.groupMode !== "plenary") return { view, boardId: null, showing: null };
  return { view, boardId: null, showing: boards.find((b) => b.tableId === null)?.id ?? null };
}
