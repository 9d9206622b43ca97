// Creating, reading, editing, copying, archiving and deleting workshops. Authorisation is the
// caller's job (route handlers use requireWorkshopAccess); everything here trusts its ids but
// validates its input, so the realtime handlers can call it too.
import type { Db } from "../platform/db/client";
import { instantiateTemplate } from "../../lib/domain/templates/methodTemplates";
import { WorkshopError } from "./errors";
import { createWorkshopSchema, updateWorkshopSchema, type CreateWorkshopInput, type UpdateWorkshopInput } from "./input";
import { withFreshJoinCode } from "./joinCode";
import { workshopLocale, workshopNames } from "./names";
import { uniqueOrganisations } from "./organisations";
import { refusePassedRetention } from "./retention";

export async function createWorkshop(db: Db, input: CreateWorkshopInput, ownerId: string) {
  const data = createWorkshopSchema.parse(input);
  await refusePassedRetention(db, { date: data.date, createdAt: new Date(), retentionMonths: data.retentionMonths });
  const organisations = uniqueOrganisations(data.organisations);
  const phases = instantiateTemplate(data.method, data.language);
  return withFreshJoinCode((joinCode) =>
    db.workshop.create({
      data: {
        title: data.title,
        date: data.date,
        place: data.place,
        organisers: data.organisers,
        language: data.language,
        method: data.method,
        anonymous: data.anonymous,
        minGroupSize: data.minGroupSize,
        capacity: data.capacity,
        retentionMonths: data.retentionMonths,
        joinCode,
        ownerId,
        facilitators: { create: { userId: ownerId, role: "facilitator" } },
        phases: { create: phases.map((p, position) => ({ ...p, position })) },
        organisations: { create: organisations.map((o, position) => ({ name: o.name, sector: o.sector, position })) },
        boards: { create: { title: workshopNames.plenaryBoard(data.language), tableId: null } },
      },
    }),
  );
}

/** Everything the setup page shows, in display order. */
export async function getWorkshopDetail(db: Db, workshopId: string) {
  const workshop = await db.workshop.findUnique({
    where: { id: workshopId },
    include: {
      phases: { orderBy: { position: "asc" } },
      organisations: { orderBy: { position: "asc" } },
      tables: { orderBy: { position: "asc" } },
      boards: { where: { ownerParticipantId: null }, orderBy: { createdAt: "asc" }, include: { table: { select: { name: true, position: true } } } },
      participants: { where: { removedAt: null }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!workshop) throw new WorkshopError("notFound");
  // The plenary board first, then tables in their order.
  workshop.boards.sort((a, b) => (a.table?.position ?? -1) - (b.table?.position ?? -1));
  return workshop;
}
export type WorkshopDetail = Awaited<ReturnType<typeof getWorkshopDetail>>;

/** The workshops a user runs or co-runs, newest change first; archived ones last. */
export async function listWorkshops(db: Db, userId: string) {
  const workshops = await db.workshop.findMany({
    where: { OR: [{ ownerId: userId }, { facilitators: { some: { userId } } }, { programme: { members: { some: { userId } } } }] },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      title: true,
      date: true,
      place: true,
      status: true,
      method: true,
      joinCode: true,
      updatedAt: true,
      _count: { select: { participants: { where: { removedAt: null } } } },
    },
  });
  return workshops
    .map(({ _count, ...w }) => ({ ...w, participantCount: _count.participants }))
    .sort((a, b) => Number(a.status === "archived") - Number(b.status === "archived"));
}

export async function updateWorkshop(db: Db, workshopId: string, patch: UpdateWorkshopInput) {
  const data = updateWorkshopSchema.parse(patch);
  const existing = await db.workshop.findUnique({ where: { id: workshopId }, select: { date: true, createdAt: true, retentionMonths: true } });
  if (!existing) throw new WorkshopError("notFound");
  if (data.date !== undefined || data.retentionMonths !== undefined) {
    await refusePassedRetention(db, { ...existing, ...(data.date !== undefined && { date: data.date }), ...(data.retentionMonths !== undefined && { retentionMonths: data.retentionMonths }) });
  }
  return db.workshop.update({ where: { id: workshopId }, data });
}

/** What a copy may set anew instead of taking from its source (a programme's next workshop). */
export interface CopyOverrides {
  title?: string;
  date?: string | null;
  place?: string | null;
  programmeId?: string | null;
}

/**
 * A fresh copy for the next meeting: same details, phases and organisations, a new join code,
 * an empty plenary board, and no participants, tables or votes. `overrides` replaces the
 * title, date and place (a programme's next workshop, programmes.ts); the source's programme
 * is kept unless it names another.
 */
export async function duplicateWorkshop(db: Db, workshopId: string, ownerId: string, overrides: CopyOverrides = {}) {
  const source = await db.workshop.findUnique({
    where: { id: workshopId },
    include: { phases: { orderBy: { position: "asc" } }, organisations: { orderBy: { position: "asc" } } },
  });
  if (!source) throw new WorkshopError("notFound");
  const locale = workshopLocale(source.language);
  const date = overrides.date !== undefined ? overrides.date : source.date;
  await refusePassedRetention(db, { date, createdAt: new Date(), retentionMonths: source.retentionMonths });
  return withFreshJoinCode((joinCode) =>
    db.workshop.create({
      data: {
        title: overrides.title ?? workshopNames.copyTitle(locale, source.title),
        date,
        place: overrides.place !== undefined ? overrides.place : source.place,
        programmeId: overrides.programmeId !== undefined ? overrides.programmeId : source.programmeId,
        organisers: source.organisers,
        language: source.language,
        method: source.method,
        anonymous: source.anonymous,
        minGroupSize: source.minGroupSize,
        capacity: source.capacity,
        retentionMonths: source.retentionMonths,
        status: "open",
        joinCode,
        ownerId,
        facilitators: { create: { userId: ownerId, role: "facilitator" } },
        phases: {
          create: source.phases.map((p, position) => ({
            kind: p.kind,
            title: p.title,
            prompt: p.prompt,
            timeboxMinutes: p.timeboxMinutes,
            groupMode: p.groupMode,
            silentWriting: p.silentWriting,
            position,
          })),
        },
        organisations: { create: source.organisations.map((o, position) => ({ name: o.name, sector: o.sector, position })) },
        boards: { create: { title: workshopNames.plenaryBoard(locale), tableId: null } },
      },
    }),
  );
}

/** Archiving closes the door (the join code stops working) but keeps every result. */
export async function setArchived(db: Db, workshopId: string, archived: boolean) {
  const existing = await db.workshop.findUnique({ where: { id: workshopId }, select: { status: true } });
  if (!existing) throw new WorkshopError("notFound");
  return db.workshop.update({ where: { id: workshopId }, data: { status: archived ? "archived" : "open" } });
}

/** Deletes the workshop and, through the schema's cascades, its boards, notes and votes. */
/**
 * Deletes a workshop with everything in it (participants, ballots, boards and their logs…):
 * every such row cascades from the workshop (see retention.ts, which deletes the same way).
 */
export async function deleteWorkshop(db: Db, workshopId: string): Promise<void> {
  const { count } = await db.workshop.deleteMany({ where: { id: workshopId } });
  if (count === 0) throw new WorkshopError("notFound");
}
