// A round with a closing time closes at that time in one scheduled act: the close writes the
// totals (writes.ts) and every screen hears the new status at once. Reads never close a round;
// the two writes that may come a moment before the timer (open, reveal) close an expired round
// themselves (rounds.ts closeIfExpired). Votes never wait for any of this: a cast checks the
// closing time itself (cast.ts).
import type { Db } from "../platform/db/client";
import { log } from "../platform/log";
import type { SamlaServer } from "../realtime/handler";
import { publishRound } from "./publish";
import { closeIfExpired, getRound, type RoundRow } from "./rounds";

/** setTimeout cannot wait longer than ~24 days; such a round is checked again then. */
const MAX_WAIT_MS = 2 ** 31 - 1;

const timers = new Map<string, NodeJS.Timeout>();

/** Closes the round at its closing time (at once if that has passed) and publishes the close. */
export function scheduleClose(db: Db, io: SamlaServer, round: Pick<RoundRow, "id" | "workshopId" | "status" | "closesAt">): void {
  if (round.status !== "open" || !round.closesAt || timers.has(round.id)) return;
  const wait = Math.min(Math.max(0, round.closesAt.getTime() - Date.now()), MAX_WAIT_MS);
  const timer = setTimeout(() => {
    timers.delete(round.id);
    closeOnTime(db, io, round).catch((error) => log.error(`closing vote round ${round.id} on time failed`, error));
  }, wait);
  timer.unref?.();
  timers.set(round.id, timer);
}

async function closeOnTime(db: Db, io: SamlaServer, round: Pick<RoundRow, "id" | "workshopId" | "status" | "closesAt">): Promise<void> {
  if (round.closesAt && round.closesAt.getTime() > Date.now()) return scheduleClose(db, io, round); // a wait longer than MAX_WAIT_MS
  // Another instance, a facilitator or a reveal may have closed it first: then they published it.
  if (await closeIfExpired(db, round)) await publishRound(db, io, await getRound(db, round.workshopId, round.id));
}

/**
 * At start: rounds whose closing time passed while no server ran are closed now, the others
 * are scheduled. Returns a stop function for shutdown.
 */
export async function startRoundClosing(db: Db, io: SamlaServer): Promise<() => void> {
  const open = await db.votingRound.findMany({ where: { status: "open", closesAt: { not: null } }, select: { id: true, workshopId: true, status: true, closesAt: true } });
  for (const round of open) scheduleClose(db, io, round);
  return () => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  };
}
