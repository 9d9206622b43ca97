// The live room on the wire: the room state the server sends ("room:state") and the payloads
// and answers of the room's events (lib/contract/events.ts lists them). Shared by the server
// (server/room) and the browser (components/room/useRoom.ts).
import { z } from "zod";
import { idSchema } from "../domain/ids";
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
  /** Starting the phase turns silent writing on (or, when false, off with a reveal). */
  silentWriting: boolean;
}

/** What a reveal moved: notes onto shared boards, from how many private boards. */
export interface RevealResult {
  notes: number;
  boards: number;
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

/**
 * What the projector shows, chosen by the facilitator ("projector:show") and kept with the
 * workshop: "auto" is the plenary board in plenary board phases and the phase otherwise;
 * "phase" is the phase's title, prompt and timer; "board" is `boardId`, live and read-only.
 */
export type ProjectorView = "auto" | "phase" | "board";

export interface RoomProjector {
  view: ProjectorView;
  /** The chosen board when `view` is "board". */
  boardId: string | null;
  /** The board the projector shows right now (resolved from `view` and the phase), or null for the phase. */
  showing: string | null;
}

export const projectorShowSchema = z
  .object({ view: z.enum(["auto", "phase", "board"]), boardId: idSchema.nullable().optional() })
  .strict()
  .refine((v) => v.view !== "board" || typeof v.boardId === "string", { message: "view board needs a boardId", path: ["boardId"] });

export interface RoomState {
  workshopId: string;
  title: string;
  status: string;
  joinCode: string;
  anonymous: boolean;
  phases: RoomPhase[];
  currentPhaseId: string | null;
  /**
   * Silent writing: each participant writes on a private board of their own (silent:privateBoard)
   * and sees nobody else's notes until the facilitator reveals them onto the shared boards.
   */
  silentWriting: boolean;
  timer: TimerSnapshot;
  tables: RoomTable[];
  boards: RoomBoard[];
  /** Counts over everyone in the workshop. */
  counts: { joined: number; online: number; unseatedOnline: number };
  projector: RoomProjector;
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

/**
 * What changed in the workshop's preparation ("room:changed"); open screens fetch their view
 * again. "any": this instance may have missed changes (Redis was away), so everything may have.
 */
export type RoomChange = "tables" | "phases" | "details" | "organisations" | "boards" | "any";

export const DISPLAY_NAME_MAX = 60;
export const ORGANISATION_MAX = 120;
export const SECTOR_MAX = 80;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

/** A participant's name, organisation and sector, as they join and as they correct it. */
export const profileSchema = z.object({
  displayName: z.string().trim().min(1).max(DISPLAY_NAME_MAX),
  organisation: z.string().trim().min(1).max(ORGANISATION_MAX),
  sector: optionalText(SECTOR_MAX),
});
export type Profile = z.infer<typeof profileSchema>;

/** Longest broadcast message. */
export const BROADCAST_MAX = 500;

/** Ten hours: longer than any meeting day, short enough to catch a typo in minutes vs ms. */
export const MAX_TIMER_MS = 10 * 60 * 60 * 1000;

/** "boards:gatherToPlenary": the tables' focus areas copied onto the plenary board. */
export interface GatherResult {
  plenaryBoardId: string;
  copied: number;
  alreadyThere: number;
}

export type SendMode = "spread" | "all";

export interface SentToTable {
  boardId: string;
  tableName: string;
  /** Titles of the areas this table should have from this send (copied now or earlier). */
  areaTitles: string[];
  copied: number;
  alreadyThere: number;
}

/** "boards:sendTopAreasToTables": the plenary's top areas copied onto the table boards. */
export interface SendTopAreasResult {
  plenaryBoardId: string;
  /** How many areas were chosen (the top `count`, plus any tied with the last one). */
  areas: number;
  copied: number;
  alreadyThere: number;
  tables: SentToTable[];
}

/** "boards:summary": how full each board of the workshop is, for the run page's board list. */
export interface BoardSummary {
  boardId: string;
  notes: number;
  focusAreas: number;
}
