// Shapes shared by the board components.

/** The person using the board, as the page knows them. */
export interface BoardMe {
  /** Participant id or user id; notes record it as their author. */
  id: string;
  name: string;
  organisation: string;
  kind: "participant" | "facilitator" | "observer";
}
