// Puts a workshop, a board and participants straight into the database of the server that
// playwright.config.ts started, and signs browser contexts in as those participants with the
// same signed cookie the join flow sets.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { BrowserContext } from "@playwright/test";
import { createDb, type Db } from "../../server/platform/db/client";
import { participantCookieName, signParticipantToken } from "../../server/platform/auth/participantToken";

let db: Db | null = null;

export function testDb(): Db {
  db ??= createDb(`file:${path.join(process.env.E2E_DATA_DIR!, "samla.db")}`);
  return db;
}

const authSecret = () => fs.readFileSync(path.join(process.env.E2E_DATA_DIR!, "auth-secret"), "utf8").trim();
const random = (n = 8) => randomBytes(n).toString("hex");

export interface BoardFixture {
  workshopId: string;
  boardId: string;
  ownerId: string;
}

export async function createBoardFixture(options: { anonymous?: boolean; locked?: boolean } = {}): Promise<BoardFixture> {
  const db = testDb();
  const owner = await db.user.create({ data: { email: `owner-${random()}@example.no`, name: "Eva Eier" } });
  const workshop = await db.workshop.create({
    data: { title: "Helsesamarbeid i Nord", method: "free", joinCode: `E2E${random(4).toUpperCase()}`, ownerId: owner.id, anonymous: options.anonymous ?? false },
  });
  const board = await db.board.create({ data: { workshopId: workshop.id, title: "Bord 1", locked: options.locked ?? false } });
  return { workshopId: workshop.id, boardId: board.id, ownerId: owner.id };
}

export async function joinAs(context: BrowserContext, baseURL: string, fixture: BoardFixture, who: { name: string; organisation: string; role?: "participant" | "observer" }) {
  const secret = random(16);
  const participant = await testDb().participant.create({
    data: { workshopId: fixture.workshopId, displayName: who.name, organisation: who.organisation, role: who.role ?? "participant", secret },
  });
  await context.addCookies([{ name: participantCookieName(fixture.workshopId), value: signParticipantToken(authSecret(), participant.id, secret), url: baseURL }]);
  return participant;
}

export const boardUrl = (f: BoardFixture) => `/w/${f.workshopId}/boards/${f.boardId}`;
