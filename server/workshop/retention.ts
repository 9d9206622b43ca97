// How long a workshop is kept, and deleting it when that runs out.
//
// Each workshop is kept `retentionMonths` after its date (or, without a date, after it was
// created); a workshop without its own period uses the administrator's default (the Setting
// "retentionMonths", 12 months unless changed at /admin). When the period has run out the
// workshop is deleted with everything in it: participants, tables, phases, boards and their
// update logs, voting rounds, items and ballots, programme links. Every one of those rows
// hangs off the workshop with ON DELETE CASCADE, so one statement removes them all in one
// transaction, on SQLite and PostgreSQL alike (tests/integration/retention.test.ts counts every
// table). Samla stores no files of its own for a workshop: exports are made on request.
import type { Db } from "../platform/db/client";
import { log } from "../platform/log";
import { deletionDate, isRetentionPeriod, retentionHasPassed, type RetainedWorkshop } from "../../lib/domain/retention";
import { WorkshopError } from "./errors";

export const retentionSettingKey = "retentionMonths";
export const defaultRetentionMonthsIfUnset = 12;

export async function defaultRetentionMonths(db: Db): Promise<number> {
  const row = await db.setting.findUnique({ where: { key: retentionSettingKey } });
  const months = Number(row?.value);
  return isRetentionPeriod(months) ? months : defaultRetentionMonthsIfUnset;
}

export async function setDefaultRetentionMonths(db: Db, months: number): Promise<void> {
  const value = String(months);
  await db.setting.upsert({ where: { key: retentionSettingKey }, create: { key: retentionSettingKey, value }, update: { value } });
}

/**
 * Refuses a workshop whose retention would already have run out (an old meeting entered after
 * the fact, or a period shortened): the hourly sweep would delete it with everything in it
 * without anyone having asked for that. Deleting is done with «Slett», not by a date.
 */
export async function refusePassedRetention(db: Db, workshop: RetainedWorkshop): Promise<void> {
  const defaultMonths = await defaultRetentionMonths(db);
  if (!retentionHasPassed(workshop, defaultMonths)) return;
  throw new WorkshopError("retentionPassed", {
    value: deletionDate(workshop, defaultMonths).toISOString().slice(0, 10),
    count: workshop.retentionMonths ?? defaultMonths,
  });
}

export interface ScheduledDeletion {
  id: string;
  title: string;
  date: string | null;
  ownerName: string;
  months: number;
  ownPeriod: boolean;
  deleteOn: Date;
  participants: number;
  boards: number;
  rounds: number;
}

/** Every workshop with when it will be deleted and what goes with it, soonest first. */
export async function scheduledDeletions(db: Db): Promise<ScheduledDeletion[]> {
  const defaultMonths = await defaultRetentionMonths(db);
  const rows = await db.workshop.findMany({
    select: {
      id: true,
      title: true,
      date: true,
      createdAt: true,
      retentionMonths: true,
      owner: { select: { name: true } },
      _count: { select: { participants: true, boards: true, votingRounds: true } },
    },
  });
  return rows
    .map((w) => ({
      id: w.id,
      title: w.title,
      date: w.date,
      ownerName: w.owner.name,
      months: w.retentionMonths ?? defaultMonths,
      ownPeriod: w.retentionMonths !== null,
      deleteOn: deletionDate(w, defaultMonths),
      participants: w._count.participants,
      boards: w._count.boards,
      rounds: w._count.votingRounds,
    }))
    .sort((a, b) => a.deleteOn.getTime() - b.deleteOn.getTime());
}

/** Deletes every workshop whose retention ran out by `now`; returns their ids. */
export async function deleteExpiredWorkshops(db: Db, now = new Date()): Promise<string[]> {
  const due = (await scheduledDeletions(db)).filter((w) => w.deleteOn.getTime() <= now.getTime());
  const deleted: string[] = [];
  for (const workshop of due) {
    // The same cascade as deleteWorkshop (workshops.ts); a workshop another instance deleted
    // in the meantime counts 0 here.
    const { count } = await db.workshop.deleteMany({ where: { id: workshop.id } });
    if (count === 1) deleted.push(workshop.id);
  }
  if (deleted.length > 0) log.info("retention: deleted workshops past their retention", { count: deleted.length });
  return deleted;
}

/** Runs deleteExpiredWorkshops at start and then every `everyMs`; returns a stop function. */
export function startRetentionSweep(db: Db, everyMs = 60 * 60 * 1000): () => void {
  const sweep = () => void deleteExpiredWorkshops(db).catch((error) => log.error("retention: deleting expired workshops failed", error));
  sweep();
  const timer = setInterval(sweep, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
