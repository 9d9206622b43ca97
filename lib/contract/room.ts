// The shape of the live room as the server sends it ("room:state"). Type-only, so the browser
// (components/room/useRoom.ts) imports it without pulling in server code.
import type { TimerSnapshot } from "../domain/phaseTimer";

export type RoomAccess = "facilitator" | "participant" | "observer";

export interface RoomPhase {
  id: string;
  position: number;
  kind: string;
  title: string;
  prompt: string;
  timeboxMinutes: number | null;
  groupMode: "plenary" | "mixed" | "homogeneous";
}

export interface RoomTable {
  id: string;
  name: string;
  /** Participants seated at the table (not only those online). */
  seated: number;
  /** Participants with at least one open connection. */
  online: number;
  /** Names of the people online; only facilitators get them. */
  onlineNames?: string[];
}

export interface RoomBoard {
  id: string;
  title: string;
  /** null = the plenary board */
  tableId: string | null;
  locked: boolean;
}

export interface RoomMe {
  access: RoomAccess;
  /** Participant id, or the user id of a facilitator. */
  id: string;
  name: string;
  participantId: string | null;
  organisation: string | null;
  tableId: string | null;
  /** The board this person works on in the current phase (their table's, or the plenary one). */
  boardId: string | null;
}

export interface RoomState {
  workshopId: string;
  title: string;
  status: string;
  joinCode: string;
  anonymous: boolean;
  phases: RoomPhase[];
  currentPhaseId: string | null;
  timer: TimerSnapshot;
  tables: RoomTable[];
  boards: RoomBoard[];
  /** Counts over everyone in the workshop. */
  counts: { joined: number; online: number; unseatedOnline: number };
  me: RoomMe;
}

/**
 * "room:presence": the parts of the room that change when people come and go. One payload per
 * audience (facilitators with names, everyone else without) replaces these fields of the
 * client's last RoomState; nothing in it is per person.
 */
export type RoomPresence = Pick<RoomState, "workshopId" | "counts" | "tables">;

export interface RoomMessage {
  id: string;
  text: string;
  /** null = sent to everyone */
  tableId: string | null;
  at: number;
}

export interface RoomFollow {
  /** null = back to one's own board for the current phase */
  boardId: string | null;
  phaseId: string | null;
  at: number;
}
