// Refusals from the voting services, with a stable code (tests and translations key on it)
// and the HTTP status a route handler answers with. Socket handlers pass the code through.
import type { VoteRefusal } from "../../lib/domain/voting";

export type VotingErrorCode =
  | VoteRefusal
  | "notFound"
  | "roundAlreadyOpen"
  | "roundNotClosed"
  | "alreadyRevealed"
  | "closesAtInPast"
  | "boardNotFound"
  | "focusAreaNotFound"
  | "focusAreaUntitled"
  | "duplicateItem"
  | "notAParticipant"
  | "notAPointsRound"
  | "notADotsRound";

const statusOf: Record<VotingErrorCode, number> = {
  roundClosed: 409,
  unknownItem: 400,
  budgetSpent: 409,
  itemCapReached: 409,
  noDotsToRemove: 409,
  invalidAmount: 400,
  budgetExceeded: 409,
  notFound: 404,
  roundAlreadyOpen: 409,
  roundNotClosed: 409,
  alreadyRevealed: 409,
  closesAtInPast: 400,
  boardNotFound: 404,
  focusAreaNotFound: 404,
  focusAreaUntitled: 400,
  duplicateItem: 400,
  notAParticipant: 403,
  notAPointsRound: 400,
  notADotsRound: 400,
};

const messages: Record<VotingErrorCode, string> = {
  roundClosed: "the round is closed; votes can no longer change",
  unknownItem: "that focus area is not on this ballot",
  budgetSpent: "all your dots are spent; remove one to place it elsewhere",
  itemCapReached: "this focus area already has the most dots one person may give it",
  noDotsToRemove: "you have no dot on this focus area",
  invalidAmount: "points are whole numbers from 0 up",
  budgetExceeded: "that would give away more points than you have; lower another area first",
  notFound: "no such voting round in this workshop",
  roundAlreadyOpen: "a round is already open; close it first",
  roundNotClosed: "close the round before revealing it",
  alreadyRevealed: "the round is already revealed",
  closesAtInPast: "the closing time has already passed",
  boardNotFound: "no such board in this workshop",
  focusAreaNotFound: "a focus area on the ballot no longer exists on its board",
  focusAreaUntitled: "give every focus area a title before voting on it",
  duplicateItem: "the same focus area is on the ballot twice",
  notAParticipant: "only participants vote",
  notAPointsRound: "this round is voted with dots, one at a time",
  notADotsRound: "this round hands out points: set the amount for each area",
};

export class VotingError extends Error {
  readonly status: number;
  constructor(
    readonly code: VotingErrorCode,
    detail?: string,
  ) {
    super(detail ? `${messages[code]}: ${detail}` : messages[code]);
    this.status = statusOf[code];
  }
}
