// What voting sends to browsers, over socket.io and HTTP, and what opens a round. Every shape here is safe for the audience it is sent to: the round
// and "mine" carry no counts of other people's dots; tallies go to facilitators only until
// the round is revealed (or the facilitator chose live results).
import { z } from "zod";
import { MAX_POINTS, roundSettingsSchema, type BreakdownRow, type RoundKind, type RoundStatus } from "../domain/voting";
import { idSchema } from "../domain/ids";

export interface VotingItemView {
  id: string;
  title: string;
  boardId: string;
  focusAreaId: string;
  position: number;
}

export interface RoundView {
  id: string;
  title: string;
  status: RoundStatus;
  kind: RoundKind;
  budget: number;
  maxPerItem: number;
  anonymous: boolean;
  showLive: boolean;
  /** Epoch ms, or null for "until the facilitator closes". */
  closesAt: number | null;
  createdAt: number;
  items: VotingItemView[];
}

/** How many have put at least one dot anywhere, of how many may vote. No counts per item. */
export interface Progress {
  roundId: string;
  voted: number;
  eligible: number;
}

/** One participant's own ballot: sent only to that participant's sockets. */
export interface MyBallot {
  roundId: string;
  dots: Record<string, number>;
  spent: number;
  left: number;
}

export interface Tally {
  roundId: string;
  items: { id: string; dots: number }[];
}

export interface RankedResult {
  id: string;
  title: string;
  dots: number;
  rank: number;
  tied: boolean;
  share: number;
  relative: number;
}

export interface ItemSpread {
  itemId: string;
  /** Shares 0–1; null when fewer than two organisation rows carry counts. */
  min: number | null;
  max: number | null;
}

export interface Results {
  roundId: string;
  totalDots: number;
  voted: number;
  eligible: number;
  /** K of an anonymous round: no breakdown row rests on fewer voters. null in named rounds. */
  minGroupSize: number | null;
  ranking: RankedResult[];
  byOrganisation: BreakdownRow[];
  bySector: BreakdownRow[];
  /**
   * Per item, how far apart the organisations are: each organisation row's share of its own
   * points (or dots) on the item, lowest and highest, from the same suppressed rows as byOrganisation.
   */
  spread: ItemSpread[];
  /** Named rounds only, and only for facilitators: who put how many dots where. */
  ballots?: { participantId: string; name: string; organisation: string; dots: Record<string, number> }[];
}

/** Everything one socket may know about the current round, sent on sync. */
export interface VotingSnapshot {
  round: RoundView | null;
  progress: Progress | null;
  mine: MyBallot | null;
  tally: Tally | null;
  results: Results | null;
}

/** One round with what the asking person may see of it (GET /api/workshops/<id>/voting). */
export interface RoundRecord {
  round: RoundView;
  progress: Progress;
  tally: Tally | null;
  results: Results | null;
}

/** A board's focus areas that a round can be held on (GET …/voting/candidates). */
export interface CandidateBoard {
  boardId: string;
  title: string;
  tableId: string | null;
  focusAreas: { id: string; title: string; noteCount: number; rank: number | null }[];
}

export const MAX_BALLOT_ITEMS = 60;

/** "vote:open": a round on focus areas from one or several boards. */
export const openRoundSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    items: z.array(z.object({ boardId: idSchema, focusAreaId: idSchema }).strict()).min(2).max(MAX_BALLOT_ITEMS),
    settings: roundSettingsSchema,
  })
  .strict();
export type OpenRoundInput = z.infer<typeof openRoundSchema>;

/**
 * "vote:allocate": a points round's exact amount on one item. The schema takes any number so
 * that a negative or fractional amount reaches the vote rule (validateVote), which words the
 * refusal; the database's guarded statement enforces the same.
 */
export const allocateSchema = z.object({ roundId: idSchema, itemId: idSchema, points: z.number().finite().min(-MAX_POINTS).max(MAX_POINTS) }).strict();
