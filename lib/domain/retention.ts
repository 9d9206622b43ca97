// How long a workshop is kept: its date (or, without one, its creation) plus its own retention
// period or the administrator's default. The server deletes it then (server/workshop/retention.ts);
// the details form shows the same date as it is typed.

export const retentionLimits = { min: 1, max: 120 } as const;

/** A period a workshop may have of its own: whole months within the limits. */
export const isRetentionPeriod = (months: number): boolean => Number.isInteger(months) && months >= retentionLimits.min && months <= retentionLimits.max;

export interface RetainedWorkshop {
  /** YYYY-MM-DD, as stored; anything else counts as no date. */
  date: string | null;
  createdAt: Date;
  /** The workshop's own period; null: the administrator's default. */
  retentionMonths: number | null;
}

/** The moment the workshop is deleted: its date (start of that day, UTC) or creation plus the months. */
export function deletionDate(workshop: RetainedWorkshop, defaultMonths: number): Date {
  const start = workshop.date && /^\d{4}-\d{2}-\d{2}$/.test(workshop.date) ? new Date(`${workshop.date}T00:00:00Z`) : workshop.createdAt;
  const months = workshop.retentionMonths ?? defaultMonths;
  const end = new Date(start);
  end.setUTCMonth(end.getUTCMonth() + months);
  // 31 January + 1 month is 3 March in Date arithmetic; keep it at the end of February.
  if (end.getUTCDate() !== start.getUTCDate()) end.setUTCDate(0);
  return end;
}

/** True when the workshop would be deleted at once: its retention ended by `now`. */
export function retentionHasPassed(workshop: RetainedWorkshop, defaultMonths: number, now = new Date()): boolean {
  return deletionDate(workshop, defaultMonths).getTime() <= now.getTime();
}
