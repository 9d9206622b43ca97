// Joining a workshop without an account: a code, a name, an organisation. The device keeps a
// signed token; the same device joining again gets the same participant back, so a reload,
// a closed lid or a second click on the QR code never creates a duplicate.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "../platform/db/client";
import { participantIdOf, participantTokenMatches, signParticipantToken } from "../platform/auth/participantToken";
import { joinCodeSchema } from "../../lib/domain/joinCode";
import { placeLateJoiner } from "../../lib/domain/seating/placeLateJoiner";
import { serialisedAcrossInstances } from "../platform/serialised";
import { profileSchema, type Profile } from "../../lib/contract/room";

export { profileSchema, type Profile };

export const joinInputSchema = profileSchema.extend({ code: joinCodeSchema });
export type JoinInput = z.infer<typeof joinInputSchema>;

/** Why a code does not let anyone in; each has its own message on the join page. */
export type JoinRefusal = "notFound" | "notOpen" | "closed" | "archived" | "full";

export interface JoinableWorkshop {
  id: string;
  title: string;
  status: string;
  capacity: number | null;
  organisations: { id: string; name: string; sector: string | null }[];
}

export type WorkshopLookup = { ok: true; workshop: JoinableWorkshop; full: boolean } | { ok: false; code: JoinRefusal; workshop?: JoinableWorkshop };

function refusalForStatus(status: string): JoinRefusal | null {
  if (status === "open") return null;
  if (status === "draft") return "notOpen";
  if (status === "archived") return "archived";
  return "closed";
}

/** Active participants who count against the capacity (observers such as a projector do not). */
function countSeats(db: Db, workshopId: string): Promise<number> {
  return db.participant.count({ where: { workshopId, removedAt: null, role: "participant" } });
}

export async function findWorkshopByCode(db: Db, code: string): Promise<WorkshopLookup> {
  const workshop = await db.workshop.findUnique({
    where: { joinCode: code },
    select: { id: true, title: true, status: true, capacity: true, organisations: { orderBy: { position: "asc" }, select: { id: true, name: true, sector: true } } },
  });
  if (!workshop) return { ok: false, code: "notFound" };
  const refusal = refusalForStatus(workshop.status);
  if (refusal) return { ok: false, code: refusal, workshop };
  const full = workshop.capacity !== null && (await countSeats(db, workshop.id)) >= workshop.capacity;
  return { ok: true, workshop, full };
}

/** The participant a token on this device stands for, if it is still valid for the workshop. */
export async function participantFromDeviceToken(db: Db, authSecret: string, workshopId: string, token: string | null | undefined) {
  if (!token) return null;
  const id = participantIdOf(token);
  if (!id) return null;
  const participant = await db.participant.findUnique({ where: { id } });
  if (!participant || participant.workshopId !== workshopId || participant.removedAt) return null;
  return participantTokenMatches(token, authSecret, participant.id, participant.secret) ? participant : null;
}

async function chooseTable(db: Db, workshopId: string, seat: { id: string; organisation: string; sector: string | null }): Promise<string | null> {
  const workshop = await db.workshop.findUnique({
    where: { id: workshopId },
    select: {
      currentPhaseId: true,
      tables: { orderBy: { position: "asc" }, select: { id: true, participants: { where: { removedAt: null, role: "participant" }, select: { id: true, organisation: true, sector: true } } } },
      phases: { select: { id: true, groupMode: true } },
    },
  });
  if (!workshop || workshop.tables.length === 0) return null;
  const groupMode = workshop.phases.find((p) => p.id === workshop.currentPhaseId)?.groupMode;
  // Between phases the seating's intent is unknown; spreading people out is the safer guess.
  const mode = groupMode === "homogeneous" ? "homogeneous" : "mixed";
  const index = placeLateJoiner(workshop.tables.map((t) => t.participants), seat, mode);
  return index === null ? null : workshop.tables[index].id;
}

export type JoinResult =
  | { ok: true; participantId: string; workshopId: string; token: string; resumed: boolean }
  | { ok: false; code: JoinRefusal };

/**
 * Joins (or rejoins) a workshop. `deviceToken` is the participant cookie already on this
 * device for the workshop, if any: when valid, that participant is updated instead of a new
 * one created. Joins are serialised per workshop, across instances too, so the last free seat
 * goes to one person.
 */
export async function joinWorkshop(db: Db, authSecret: string, input: JoinInput, deviceTokenFor: (workshopId: string) => string | null | undefined): Promise<JoinResult> {
  const lookup = await findWorkshopByCode(db, input.code);
  if (!lookup.ok) return { ok: false, code: lookup.code };
  const workshopId = lookup.workshop.id;
  return serialisedAcrossInstances(db, `join:${workshopId}`, async (): Promise<JoinResult> => {
    const existing = await participantFromDeviceToken(db, authSecret, workshopId, deviceTokenFor(workshopId));
    if (existing) {
      await db.participant.update({
        where: { id: existing.id },
        data: { displayName: input.displayName, organisation: input.organisation, sector: input.sector, lastSeenAt: new Date() },
      });
      return { ok: true, participantId: existing.id, workshopId, token: signParticipantToken(authSecret, existing.id, existing.secret), resumed: true };
    }
    const capacity = lookup.workshop.capacity;
    if (capacity !== null && (await countSeats(db, workshopId)) >= capacity) return { ok: false, code: "full" };
    const secret = randomBytes(32).toString("base64url");
    const created = await db.participant.create({
      data: { workshopId, displayName: input.displayName, organisation: input.organisation, sector: input.sector, secret, role: "participant" },
    });
    const tableId = await chooseTable(db, workshopId, created);
    if (tableId) await db.participant.update({ where: { id: created.id }, data: { tableId } });
    return { ok: true, participantId: created.id, workshopId, token: signParticipantToken(authSecret, created.id, secret), resumed: false };
  });
}

/** A read-only identity for a projector or an observer, created by the facilitator. */
export async function createObserver(db: Db, authSecret: string, workshopId: string, label: string): Promise<{ participantId: string; token: string }> {
  const secret = randomBytes(32).toString("base64url");
  const observer = await db.participant.create({ data: { workshopId, displayName: label, organisation: "-", secret, role: "observer" } });
  return { participantId: observer.id, token: signParticipantToken(authSecret, observer.id, secret) };
}

export async function updateProfile(db: Db, participantId: string, profile: Profile): Promise<void> {
  await db.participant.update({ where: { id: participantId }, data: profile });
}

/**
 * Removes a participant: their cookie stops working because the secret is rotated, and
 * what they wrote stays on the boards. Returns false if no such active participant exists.
 */
export async function removeParticipant(db: Db, workshopId: string, participantId: string): Promise<boolean> {
  const { count } = await db.participant.updateMany({
    where: { id: participantId, workshopId, removedAt: null },
    data: { removedAt: new Date(), secret: randomBytes(32).toString("base64url") },
  });
  return count === 1;
}

export async function listParticipants(db: Db, workshopId: string) {
  return db.participant.findMany({
    where: { workshopId, removedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, displayName: true, organisation: true, sector: true, role: true, tableId: true, createdAt: true },
  });
}
