// Refusals from the workshop services. Each carries a stable code (tests and translations key
// on it) and the HTTP status a route handler should answer with, so handlers stay one-liners.

export type WorkshopErrorCode =
  | "notFound"
  | "phasesChanged"
  | "lastPhase"
  | "tooManyPhases"
  | "indexOutOfRange"
  | "duplicateOrganisation"
  | "noParticipants"
  | "tableNotFound"
  | "participantNotFound"
  | "boardNotFound"
  | "tooManyTables"
  | "joinCodeExhausted"
  | "programmeNotFound"
  | "notInProgramme"
  | "userNotFound"
  | "areaNotFound"
  | "followUpLinkUnknown"
  | "followUpLinkRevoked"
  | "actionNotFound"
  | "retentionPassed";

const statusOf: Record<WorkshopErrorCode, number> = {
  notFound: 404,
  phasesChanged: 409,
  lastPhase: 400,
  tooManyPhases: 400,
  indexOutOfRange: 400,
  duplicateOrganisation: 400,
  noParticipants: 400,
  tableNotFound: 404,
  participantNotFound: 404,
  boardNotFound: 404,
  tooManyTables: 400,
  joinCodeExhausted: 503,
  programmeNotFound: 404,
  notInProgramme: 400,
  userNotFound: 404,
  areaNotFound: 404,
  followUpLinkUnknown: 404,
  // Gone, not 404: the page can say "this link was withdrawn" instead of "no such link".
  followUpLinkRevoked: 410,
  actionNotFound: 404,
  // The workshop as asked for would be deleted at once by the retention sweep (retention.ts).
  retentionPassed: 409,
};

export class WorkshopError extends Error {
  readonly status: number;
  constructor(
    readonly code: WorkshopErrorCode,
    readonly details?: unknown,
  ) {
    super(code);
    this.status = statusOf[code];
  }
}
