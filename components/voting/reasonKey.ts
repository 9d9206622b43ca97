// Server refusal codes that have their own text in messages/*/voting.json ("reasons.*").
const known = new Set([
  "roundClosed", "unknownItem", "budgetSpent", "itemCapReached", "noDotsToRemove", "notAParticipant", "offline", "timeout", "notFound",
  "roundAlreadyOpen", "roundNotClosed", "alreadyRevealed", "closesAtInPast", "boardNotFound", "focusAreaNotFound", "focusAreaUntitled",
  "duplicateItem", "invalidInput", "forbidden", "invalidAmount", "budgetExceeded", "notAPointsRound", "notADotsRound",
]);

export function reasonKey(code: string): string {
  return `reasons.${known.has(code) ? code : "other"}`;
}
