// Creates the database rows a board connection needs (facilitator, workshop, board,
// participants) and signs participant tokens, for the board benchmark and the Yjs
// integration tests. Uses the real Prisma client against the server's database.
import { randomBytes } from "node:crypto";
import type { Db } from "../../server/platform/db/client";
import { signParticipantToken } from "../../server/platform/auth/participantToken";

export interface BoardFixture {
  workshopId: string;
  boardId: string;
  /** One signed token per participant, in creation order. */
  tokens: string[];
  /** Their participant ids, in the same order: what their notes carry as `authorId`. */
  participantIds: string[];
  observerToken: string;
  /** A participant of another workshop. */
  strangerToken: string;
}

async function participant(db: Db, authSecret: string, workshopId: string, n: number, role = "participant"): Promise<{ id: string; token: string }> {
  const secret = randomBytes(16).toString("base64url");
  const row = await db.participant.create({
    data: { workshopId, displayName: `Deltaker ${n}`, organisation: `Kommune ${n % 14}`, role, secret },
  });
  return { id: row.id, token: signParticipantToken(authSecret, row.id, secret) };
}

export async function seedBoard(db: Db, authSecret: string, participants = 2): Promise<BoardFixture> {
  const tag = randomBytes(6).toString("hex");
  const owner = await db.user.create({ data: { email: `fac-${tag}@example.no`, name: "Fasilitator" } });
  const workshop = await db.workshop.create({ data: { title: "Søkekonferanse", method: "searchConference", joinCode: tag, ownerId: owner.id } });
  const other = await db.workshop.create({ data: { title: "Annen", method: "free", joinCode: `${tag}x`, ownerId: owner.id } });
  const board = await db.board.create({ data: { workshopId: workshop.id, title: "Bord 1" } });
  const people: { id: string; token: string }[] = [];
  for (let i = 0; i < participants; i++) people.push(await participant(db, authSecret, workshop.id, i));
  return {
    workshopId: workshop.id,
    boardId: board.id,
    tokens: people.map((p) => p.token),
    participantIds: people.map((p) => p.id),
    observerToken: (await participant(db, authSecret, workshop.id, 999, "observer")).token,
    strangerToken: (await participant(db, authSecret, other.id, 1000)).token,
  };
}
