// Silent writing (stille skriving): each participant first writes their own notes on a private
// board, then the notes are shared with the table. These are the rules the room, the board
// server and the page all follow; docs/silent-writing.md has the whole design.

/** Who opens a board: a participant (by id), a facilitator, or an observer such as the projector. */
export type BoardViewer = { kind: "participant"; id: string } | { kind: "facilitator" } | { kind: "observer" };

/**
 * A private board is its owner's and the facilitators' only: nobody else's browser may receive
 * a byte of it, not even the projector. A shared board (no owner) is everyone's in the workshop.
 */
export function mayOpenBoard(board: { ownerParticipantId: string | null }, viewer: BoardViewer): boolean {
  if (board.ownerParticipantId === null) return true;
  if (viewer.kind === "facilitator") return true;
  return viewer.kind === "participant" && viewer.id === board.ownerParticipantId;
}

/**
 * What starting a phase does to silent writing: the phase's own setting wins. When silence was
 * on and the new phase is not silent, everything written in silence is revealed.
 */
export function silenceOnPhaseStart(current: boolean, phaseSilent: boolean): { silent: boolean; reveal: boolean } {
  return { silent: phaseSilent, reveal: current && !phaseSilent };
}

/**
 * Whether a participant writes on their private board now: in silence, on a board that is
 * theirs to write on (not as an observer, not as a facilitator, who sees the shared board).
 */
export function writesPrivately(silent: boolean, viewer: BoardViewer, sharedBoardId: string | null): boolean {
  return silent && viewer.kind === "participant" && sharedBoardId !== null;
}
