// Programmes (nb «program»): workshops that belong together, e.g. the same dialogue meeting in
// each of 14 municipalities. Creating, reading, membership, adding workshops (as a copy of
// another's set-up), and the organiser's links between focus areas. Authorisation is the
// caller's job (programmeAccess below; route handlers use requireProgrammeAccess).
import type * as Y from "yjs";
import { readBoard } from "../../../lib/board";
import { normaliseAreaName } from "../../../lib/domain/programmes/areaMatching";
import type { Principal } from "../../platform/auth/authenticate";
import type { Db } from "../../platform/db/client";
import { placeFindings, type BoardEditor } from "../findings";
import { WorkshopError } from "../errors";
import { createWorkshop, duplicateWorkshop } from "../workshops";
import type { Finding } from "../findingsParse";
import { addWorkshopSchema, areaLinkSchema, createProgrammeSchema, memberSchema, type AddWorkshopInput, type CreateProgrammeInput } from "./input";

export type ProgrammeAccess = "organiser" | "facilitator";

/** What the caller may do in a programme: organisers change it, facilitators see it. */
export async function programmeAccess(db: Db, principal: Principal, programmeId: string): Promise<ProgrammeAccess | null> {
  if (principal.kind !== "user") return null;
  const programme = await db.programme.findUnique({
    where: { id: programmeId },
    select: { ownerId: true, members: { where: { userId: principal.userId }, select: { role: true } } },
  });
  if (!programme) return null;
  if (principal.role === "admin" || programme.ownerId === principal.userId) return "organiser";
  const role = programme.members[0]?.role;
  return role === "organiser" ? "organiser" : role === "facilitator" ? "facilitator" : null;
}

export async function createProgramme(db: Db, input: CreateProgrammeInput, ownerId: string) {
  const data = createProgrammeSchema.parse(input);
  return db.programme.create({ data: { ...data, ownerId, members: { create: { userId: ownerId, role: "organiser" } } } });
}

/** The programmes a user is a member of (admins: all), newest change first. */
export async function listProgrammes(db: Db, principal: Extract<Principal, { kind: "user" }>) {
  const programmes = await db.programme.findMany({
    where: principal.role === "admin" ? {} : { OR: [{ ownerId: principal.userId }, { members: { some: { userId: principal.userId } } }] },
    orderBy: { updatedAt: "desc" },
    select: { id: true, title: true, updatedAt: true, _count: { select: { workshops: true } } },
  });
  return programmes.map(({ _count, ...p }) => ({ ...p, workshopCount: _count.workshops }));
}

/** Workshops in the programme's order: by date (undated last), then by creation. */
const workshopOrder = [{ date: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }] as const;

export async function getProgramme(db: Db, programmeId: string) {
  const programme = await db.programme.findUnique({
    where: { id: programmeId },
    include: {
      workshops: {
        orderBy: [...workshopOrder],
        select: { id: true, title: true, date: true, place: true, status: true, joinCode: true, method: true, anonymous: true, _count: { select: { participants: { where: { removedAt: null } } } } },
      },
      members: { include: { user: { select: { id: true, name: true, email: true } } } },
      areaLinks: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!programme) throw new WorkshopError("programmeNotFound");
  return programme;
}
export type ProgrammeDetail = Awaited<ReturnType<typeof getProgramme>>;

/** The part of the Yjs server a copy needs: read the source's boards, write the new plenary board. */
export interface BoardCopier extends BoardEditor {
  readBoardDoc(boardId: string): Promise<Y.Doc>;
}

/** The findings a workshop started from: notes put on its boards before the meeting (no author). */
async function findingsOf(db: Db, yjs: BoardCopier, workshopId: string): Promise<Finding[]> {
  const boards = await db.board.findMany({ where: { workshopId, ownerParticipantId: null }, orderBy: { createdAt: "asc" }, select: { id: true } });
  const findings: Finding[] = [];
  for (const board of boards) {
    const snapshot = readBoard(await yjs.readBoardDoc(board.id));
    for (const note of snapshot.notes) if (note.authorId === null) findings.push({ text: note.text, organisation: note.authorOrganisation, colour: note.colour });
  }
  return findings;
}

/**
 * Adds a workshop to the programme: a copy of a workshop's set-up (it must be one the caller
 * may see, checked by the route), a fresh one from a template, or an existing workshop.
 */
export async function addWorkshop(db: Db, yjs: BoardCopier, programmeId: string, input: AddWorkshopInput, ownerId: string, canSee: (workshopId: string) => Promise<boolean>) {
  const data = addWorkshopSchema.parse(input);
  const programme = await db.programme.findUnique({ where: { id: programmeId }, select: { id: true, language: true } });
  if (!programme) throw new WorkshopError("programmeNotFound");
  if (data.from === "existing") {
    if (!(await canSee(data.workshopId))) throw new WorkshopError("notFound");
    return db.workshop.update({ where: { id: data.workshopId }, data: { programmeId } });
  }
  if (data.from === "template") {
    const created = await createWorkshop(db, { title: data.title, date: data.date, place: data.place, method: data.method, language: programme.language as "nb" | "en" }, ownerId);
    return db.workshop.update({ where: { id: created.id }, data: { programmeId } });
  }
  if (!(await canSee(data.fromWorkshopId))) throw new WorkshopError("notFound");
  const copy = await duplicateWorkshop(db, data.fromWorkshopId, ownerId, { title: data.title, date: data.date, place: data.place, programmeId });
  const findings = await findingsOf(db, yjs, data.fromWorkshopId);
  if (findings.length > 0) {
    const plenary = await db.board.findFirst({ where: { workshopId: copy.id, tableId: null }, select: { id: true } });
    if (plenary) await yjs.changeBoardDoc(plenary.id, (doc) => void placeFindings(doc, findings, null, "programmeCopy"));
  }
  return copy;
}

/** A workshop leaves the programme; it keeps everything of its own. */
export async function removeWorkshop(db: Db, programmeId: string, workshopId: string) {
  const { count } = await db.workshop.updateMany({ where: { id: workshopId, programmeId }, data: { programmeId: null } });
  if (count === 0) throw new WorkshopError("notInProgramme");
  await db.programmeAreaLink.deleteMany({ where: { programmeId, workshopId } });
}

/** Adds (or changes the role of) a member by the e-mail of their account. */
export async function addMember(db: Db, programmeId: string, input: unknown) {
  const { email, role } = memberSchema.parse(input);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, disabledAt: true } });
  if (!user || user.disabledAt) throw new WorkshopError("userNotFound");
  return db.programmeMember.upsert({
    where: { programmeId_userId: { programmeId, userId: user.id } },
    create: { programmeId, userId: user.id, role },
    update: { role },
  });
}

export async function removeMember(db: Db, programmeId: string, userId: string) {
  const programme = await db.programme.findUnique({ where: { id: programmeId }, select: { ownerId: true } });
  if (!programme) throw new WorkshopError("programmeNotFound");
  // The owner stays: someone must be able to change the programme.
  if (programme.ownerId === userId) throw new WorkshopError("notInProgramme");
  await db.programmeMember.deleteMany({ where: { programmeId, userId } });
}

/** The organiser says: the area `areaTitle` in this workshop is the programme's `targetTitle`. */
export async function linkArea(db: Db, programmeId: string, input: unknown) {
  const { workshopId, areaTitle, targetTitle } = areaLinkSchema.parse(input);
  const workshop = await db.workshop.findFirst({ where: { id: workshopId, programmeId }, select: { id: true } });
  if (!workshop) throw new WorkshopError("notInProgramme");
  const [areaKey, targetKey] = [normaliseAreaName(areaTitle), normaliseAreaName(targetTitle)];
  if (!areaKey || !targetKey || areaKey === targetKey) throw new WorkshopError("areaNotFound");
  return db.programmeAreaLink.upsert({
    where: { programmeId_workshopId_areaKey: { programmeId, workshopId, areaKey } },
    create: { programmeId, workshopId, areaKey, targetKey },
    update: { targetKey },
  });
}

export async function unlinkArea(db: Db, programmeId: string, workshopId: string, areaKey: string) {
  const { count } = await db.programmeAreaLink.deleteMany({ where: { programmeId, workshopId, areaKey } });
  if (count === 0) throw new WorkshopError("areaNotFound");
}
