// Voting rounds: open, close, reveal, and the views of them. One round is "current" per
// workshop (the newest); earlier rounds stay as history (e.g. a runoff among tied areas).
// Status changes are conditional writes (`updateMany … where status = …`), so a double click
// or two facilitators at once change a round once and the loser gets a clear refusal.
import { roundKindOf, roundStatusOf } from "../../lib/domain/voting";
import type { Db } from "../platform/db/client";
import type { YjsServer } from "../boards/yjsServer";
import { resolveBallotItems } from "./candidates";
import { VotingError } from "./errors";
import { closeWithTotals } from "./writes";
import type { OpenRoundInput, RoundView } from "../../lib/contract/voting";

const roundInclude = { items: { orderBy: { position: "asc" as const } } };

export type RoundRow = NonNullable<Awaited<ReturnType<typeof findRound>>>;

function findRound(db: Db, workshopId: string, roundId: string) {
  return db.votingRound.findFirst({ where: { id: roundId, workshopId }, include: roundInclude });
}

export function roundView(round: RoundRow): RoundView {
  return {
    id: round.id,
    title: round.title,
    status: roundStatusOf(round.status),
    kind: roundKindOf(round.kind),
    budget: round.budget,
    maxPerItem: round.maxPerItem,
    anonymous: round.anonymous,
    showLive: round.showLive,
    closesAt: round.closesAt?.getTime() ?? null,
    createdAt: round.createdAt.getTime(),
    items: round.items.map((i) => ({ id: i.id, title: i.title, boardId: i.boardId, focusAreaId: i.focusAreaId, position: i.position })),
  };
}

export async function getRound(db: Db, workshopId: string, roundId: string): Promise<RoundRow> {
  const round = await findRound(db, workshopId, roundId);
  if (!round) throw new VotingError("notFound");
  return round;
}

/** The newest round of the workshop, or null before the first one. */
export async function currentRound(db: Db, workshopId: string): Promise<RoundRow | null> {
  const round = await db.votingRound.findFirst({ where: { workshopId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: roundInclude });
  return round;
}

/** All rounds, newest first: the history the facilitator and the report read. */
export async function listRounds(db: Db, workshopId: string): Promise<RoundRow[]> {
  return db.votingRound.findMany({ where: { workshopId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: roundInclude });
}

export async function openRound(db: Db, yjs: YjsServer, workshopId: string, input: OpenRoundInput, now = Date.now()): Promise<RoundRow> {
  const { settings } = input;
  if (settings.closesAt !== null && settings.closesAt <= now) throw new VotingError("closesAtInPast");
  const current = await currentRound(db, workshopId);
  // A round whose closing time passed a moment ago is closed (its scheduled close may not have run yet).
  if (current?.status === "open" && !(await closeIfExpired(db, current, new Date(now)))) throw new VotingError("roundAlreadyOpen");
  const items = await resolveBallotItems(db, yjs, workshopId, input.items);
  const created = await db.votingRound.create({
    data: {
      workshopId,
      title: input.title,
      kind: settings.kind,
      budget: settings.budget,
      maxPerItem: settings.maxPerItem,
      anonymous: settings.anonymous,
      showLive: settings.showLive,
      closesAt: settings.closesAt === null ? null : new Date(settings.closesAt),
      items: { create: items.map((item, position) => ({ ...item, position })) },
    },
  });
  // Two facilitators opening at the same moment: the later one steps back rather than leave
  // two open rounds competing for "current".
  const open = await db.votingRound.findMany({ where: { workshopId, status: "open" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } });
  if (open.length > 1 && open[0].id !== created.id) {
    await db.votingRound.delete({ where: { id: created.id } });
    throw new VotingError("roundAlreadyOpen");
  }
  return getRound(db, workshopId, created.id);
}

/**
 * The moment a round stopped taking dots: its closing time if that has passed, else now. The
 * scheduled close (closingTime.ts) and a facilitator's close agree on it.
 */
function closedAtFor(round: Pick<RoundRow, "closesAt">, now: Date): Date {
  return round.closesAt && round.closesAt <= now ? round.closesAt : now;
}

/** Closes an open round whose closing time has passed (with its totals); false if there was nothing to close. */
export async function closeIfExpired(db: Db, round: Pick<RoundRow, "id" | "workshopId" | "status" | "closesAt">, now = new Date()): Promise<boolean> {
  if (round.status !== "open" || !round.closesAt || round.closesAt > now) return false;
  return closeWithTotals(db, round.workshopId, round.id, round.closesAt);
}

export async function closeRound(db: Db, workshopId: string, roundId: string): Promise<RoundRow> {
  const before = await getRound(db, workshopId, roundId);
  const closed = await closeWithTotals(db, workshopId, roundId, closedAtFor(before, new Date()));
  const round = await getRound(db, workshopId, roundId);
  if (!closed && round.status !== "closed") throw new VotingError(round.status === "revealed" ? "alreadyRevealed" : "roundClosed");
  return round;
}

/** Marks a closed round revealed; the caller computes and writes the ranks. */
export async function markRevealed(db: Db, workshopId: string, roundId: string): Promise<RoundRow> {
  // A reveal a moment after the closing time may come before the scheduled close has run.
  await closeIfExpired(db, await getRound(db, workshopId, roundId));
  const round = await getRound(db, workshopId, roundId);
  if (round.status === "open") throw new VotingError("roundNotClosed");
  const { count } = await db.votingRound.updateMany({ where: { id: roundId, workshopId, status: "closed" }, data: { status: "revealed", revealedAt: new Date() } });
  if (count === 0) throw new VotingError("alreadyRevealed");
  return getRound(db, workshopId, roundId);
}
