// What a board page hands the board: resolved on the server (server/room/loadBoardView.ts),
// rendered in the browser (components/board/Board.tsx).

/** Who is looking at the board. */
export interface BoardMe {
  /** Participant id or user id; notes record it as their author. */
  id: string;
  name: string;
  organisation: string;
  kind: "participant" | "facilitator" | "observer";
}

export interface BoardProps {
  workshopId: string;
  boardId: string;
  me: BoardMe;
  readOnly?: boolean;
  prompt?: string;
  anonymous?: boolean;
  title?: string;
  /** The workshop's current phase: new notes record it, so the report can follow the phases. */
  phaseId?: string | null;
}
