// Database rows and real socket.io clients for the voting tests and bench/vote.ts: a
// workshop owned by a signed-in facilitator, a plenary board whose document holds focus
// areas, and participants from several organisations with signed tokens.
import { randomBytes } from "node:crypto";
import { io, type Socket } from "socket.io-client";
import * as Y from "yjs";
import { createFocusArea } from "@/lib/board";
import { signParticipantToken } from "@/server/platform/auth/participantToken";
import { createDb, type Db } from "@/server/platform/db/client";
import { startServer, type RunningServer } from "../helpers/server";
import { signUpAndIn, type SignedIn } from "../helpers/auth";

export const organisations: Array<[string, string]> = [
  ["Trondheim kommune", "kommune"],
  ["Malvik kommune", "kommune"],
  ["Melhus kommune", "kommune"],
  ["Skaun kommune", "kommune"],
  ["St. Olavs hospital HF", "helseforetak"],
  ["Trøndelag fylkeskommune", "fylkeskommune"],
  ["Frivilligsentralen", "frivillig"],
];

export interface VotingFixture {
  workshopId: string;
  boardId: string;
  areaIds: string[];
  participants: { id: string; token: string; name: string; organisation: string }[];
}

export async function seedVoting(db: Db, authSecret: string, options: { ownerEmail: string; participants: number; areas: string[] }): Promise<VotingFixture> {
  const owner = await db.user.findUniqueOrThrow({ where: { email: options.ownerEmail } });
  const tag = randomBytes(5).toString("hex").toUpperCase();
  const workshop = await db.workshop.create({ data: { title: "Folkehelse 2030", method: "searchConference", joinCode: tag, ownerId: owner.id } });
  const board = await db.board.create({ data: { workshopId: workshop.id, title: "Plenum" } });
  // The board document as if a table had clustered notes into areas: stored as one update row,
  // the way the Yjs server persists it.
  const doc = new Y.Doc();
  const areaIds = options.areas.map((title, i) => createFocusArea(doc, { title, x: i * 500, y: 0 }));
  await db.boardUpdate.create({ data: { boardId: board.id, data: Buffer.from(Y.encodeStateAsUpdate(doc)) } });
  const participants: VotingFixture["participants"] = [];
  for (let i = 0; i < options.participants; i++) {
    const [organisation, sector] = organisations[i % organisations.length];
    const secret = randomBytes(16).toString("base64url");
    const name = `Deltaker ${i + 1}`;
    const row = await db.participant.create({ data: { workshopId: workshop.id, displayName: name, organisation, sector, secret } });
    participants.push({ id: row.id, token: signParticipantToken(authSecret, row.id, secret), name, organisation });
  }
  return { workshopId: workshop.id, boardId: board.id, areaIds, participants };
}

export type Ack = { ok: true; [key: string]: any } | { ok: false; code: string; message: string };

export function connect(url: string, workshopId: string, token: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(url, { path: "/socket.io", auth: { workshopId, token }, transports: ["websocket"], reconnection: false, forceNew: true });
    const timer = setTimeout(() => reject(new Error("socket connect timed out")), 15_000);
    socket.once("connect", () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once("connect_error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

export function emit(socket: Socket, event: string, payload?: unknown): Promise<Ack> {
  return socket.timeout(60_000).emitWithAck(event, ...(payload === undefined ? [] : [payload])) as Promise<Ack>;
}

export function roundItems(fixture: VotingFixture) {
  return fixture.areaIds.map((focusAreaId) => ({ boardId: fixture.boardId, focusAreaId }));
}

export interface VotingServer {
  server: RunningServer;
  db: Db;
  facilitator: SignedIn;
  fixture: VotingFixture;
}

/** The real server on SQLite with a signed-in facilitator and a seeded voting workshop. */
export async function startVotingServer(authSecret: string, options: { participants: number; areas: string[] }): Promise<VotingServer> {
  const server = await startServer({ env: { AUTH_SECRET: authSecret, SIGNUP_OPEN: "true" } });
  const db = createDb(server.databaseUrl);
  const facilitator = await signUpAndIn(server.url, { name: "Fanny Fasilitator", email: "fanny@example.no", password: "et langt og trygt passord" });
  const fixture = await seedVoting(db, authSecret, { ownerEmail: "fanny@example.no", ...options });
  return { server, db, facilitator, fixture };
}

export async function stopVotingServer(running: Partial<VotingServer>, sockets: Socket[]): Promise<void> {
  for (const s of sockets) s.disconnect();
  await running.db?.$disconnect();
  await running.server?.stop();
}
