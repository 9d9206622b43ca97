// The two shapes of the export: ReportInput is what the database and the board documents say,
// ReportModel is what a reader of the report may see. buildReport turns one into the other
// and is the only place that applies anonymity, so no renderer can leak a name by accident.
import type { BoardSnapshot, BoardColour, ActionStatus } from "@/lib/board";
import type { BallotEntry, BreakdownRow } from "../../lib/domain/voting";
import type { RoundAggregate } from "../voting/aggregate";
import type { ChainProblemCode } from "../../lib/domain/chains/checkChain";

export type ReportLanguage = "nb" | "en";

export interface ReportInput {
  workshop: {
    id: string;
    title: string;
    date: string | null;
    place: string | null;
    organisers: string | null;
    language: string;
    method: string;
    status: string;
    anonymous: boolean;
    /** K: no result row of an anonymous round rests on fewer voters. */
    minGroupSize: number;
  };
  organisations: { name: string; sector: string | null; position: number }[];
  phases: { id: string; position: number; kind: string; title: string; prompt: string; groupMode: string; timeboxMinutes: number | null }[];
  tables: { id: string; name: string; position: number }[];
  participants: { id: string; displayName: string; organisation: string; sector: string | null; role: string; tableId: string | null; removed: boolean }[];
  boards: { id: string; tableId: string | null; title: string; locked: boolean; snapshot: BoardSnapshot }[];
  rounds: {
    id: string;
    title: string;
    status: string;
    budget: number;
    maxPerItem: number;
    anonymous: boolean;
    items: { id: string; boardId: string; focusAreaId: string; title: string; position: number; dots: number }[];
    /** Per-person dots; only aggregates of these reach the model. */
    entries: BallotEntry[];
    /** The kept results of an imported anonymous round, whose entries are not held (server/voting/aggregate.ts). */
    aggregate: RoundAggregate | null;
  }[];
  generatedAt: string;
}

/** ReportInput before its boards are read: each board as its encoded Yjs updates (see loadReportInput.ts). */
export interface ReportSource extends Omit<ReportInput, "boards"> {
  boards: (Omit<ReportInput["boards"][number], "snapshot"> & { updates: Uint8Array[] })[];
}

export interface ReportNote {
  id: string;
  boardTitle: string;
  focusAreaTitle: string | null;
  text: string;
  colour: BoardColour;
  organisation: string;
  /** null in an anonymous workshop. */
  author: string | null;
  /** Put on the board before the meeting (findings preload), not written by anyone in it. */
  finding: boolean;
  createdAt: string;
  /** The phase it was written in (one of the workshop's phases), or null when not recorded. */
  phaseId: string | null;
  phaseTitle: string | null;
  /** Titles of the boards its copies went to (plenary, tables), in board order. */
  wentTo: string[];
}

export interface ReportFocusArea {
  id: string;
  title: string;
  rank: number | null;
  colour: BoardColour;
  /** The table the area was copied from (gathered to plenary, sent to a table), or null. */
  copiedFrom: string | null;
  /** Notes in the area on this board, copies included. */
  noteCount: number;
  /** The area's notes that were written on this board; copies are listed where they were written. */
  notes: ReportNote[];
}

export interface ReportBoard {
  id: string;
  title: string;
  tableName: string | null;
  focusAreas: ReportFocusArea[];
  /** Notes written on this board that belong to no focus area. */
  unsorted: ReportNote[];
  /** Notes written on this board: copies that came from other boards are not counted. */
  noteCount: number;
}

/** The notes written in one phase, board by board; `phaseId` null holds notes with no recorded phase. */
export interface ReportPhaseNotes {
  phaseId: string | null;
  title: string | null;
  boards: ReportBoard[];
}

export interface ReportVoteItem {
  rank: number;
  tied: boolean;
  title: string;
  boardTitle: string;
  dots: number;
  share: number;
  relative: number;
}

export interface ReportBreakdownRow {
  /** null for "not given" or for the pooled row of groups too small to show apart. */
  name: string | null;
  kind: BreakdownRow["kind"];
  voters: number;
  total: number;
  /** In the round's rank order; items this group gave no dots are left out. */
  perItem: { title: string; dots: number }[];
}

export interface ReportRound {
  id: string;
  title: string;
  status: string;
  anonymous: boolean;
  /** K of an anonymous round; null in named rounds. */
  minGroupSize: number | null;
  budget: number;
  voters: number;
  totalDots: number;
  items: ReportVoteItem[];
  byOrganisation: ReportBreakdownRow[];
  bySector: ReportBreakdownRow[];
}

export interface ReportAction {
  number: number;
  what: string;
  responsible: string;
  responsibleOrganisation: string;
  partners: string[];
  start: string | null;
  deadline: string | null;
  status: ActionStatus;
  resources: string;
  indicator: string;
}

export interface ReportChain {
  id: string;
  boardTitle: string;
  focusAreaTitle: string | null;
  goal: string;
  final: boolean;
  /** The first action not done yet that says what to do. */
  firstStep: ReportAction | null;
  actions: ReportAction[];
  problems: { code: ChainProblemCode; severity: "error" | "warning"; actionNumber: number | null }[];
}

export interface ReportModel {
  language: ReportLanguage;
  anonymous: boolean;
  generatedAt: string;
  meta: { title: string; date: string | null; place: string | null; organisers: string | null; method: string; status: string };
  participation: {
    total: number;
    observers: number;
    byOrganisation: { name: string; sector: string | null; count: number }[];
    bySector: { sector: string | null; count: number }[];
    /** null in an anonymous workshop. */
    people: { name: string; organisation: string; sector: string | null; role: string; table: string | null }[] | null;
  };
  phases: { title: string; kind: string; prompt: string; groupMode: string; timeboxMinutes: number | null }[];
  boards: ReportBoard[];
  /** The boards' notes by the phase they were written in, in phase order. */
  notesByPhase: ReportPhaseNotes[];
  /** Every distinct note once, board by board, for the spreadsheet. */
  notes: ReportNote[];
  rounds: ReportRound[];
  chains: ReportChain[];
  /** Values in the board documents that did not match the model and were read as defaults. */
  dataProblems: { boardTitle: string; path: string; message: string }[];
}
