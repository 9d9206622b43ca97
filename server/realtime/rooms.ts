// socket.io room names, in one place so publishers and subscribers agree.
export const rooms = {
  workshop: (workshopId: string) => `workshop:${workshopId}`,
  facilitators: (workshopId: string) => `facilitators:${workshopId}`,
  table: (tableId: string) => `table:${tableId}`,
  participant: (participantId: string) => `participant:${participantId}`,
  /** Every socket a signed-in user opened with one session, so signing out can close them. */
  session: (sessionId: string) => `session:${sessionId}`,
};
