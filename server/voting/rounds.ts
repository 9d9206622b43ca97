// Voting rounds: open, close, reveal, and the views of them. One round is "current" per
// workshop (the newest); earlier rounds stay as history (e.g. a runoff among tied areas).
// Status changes are conditional writes (`updateMany … where status = …`), so a double click
// or two facilitators at once change a round once and the loser gets a clear refusal.
import { z } from "zod";
import { idSchema } from "../../lib/board";
import { roundSettingsSchema, type RoundStatus } from "../../lib/domain/voting";
import type { Db } from "../platform/db/client";
import type { HandlerContext } from "../realtime/handler";
import { resolveBallotItems } from "./candidates";
import { VotingError } from "./errors";
import { closeWithTotals } from "./writes";
import type { RoundView } from "../../lib/contract/voting";

type YjsServer = HandlerContext["yjs"];

export const MAX_BALLOT_ITEMS = 60;

export const openRoundSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    items: z.array(z.object({ boardId: idSchema, focusAreaId: idSchema }).strict()).min(2).max(MAX_BALLOT_ITEMS),
    settings: roundSettingsSchema,
  })
  .strict();
export type OpenRoundInput = z.infer<typeof openRoundSchema>;

const roundInclude = { items: { orderBy: { position: "asc" as const } } };

export type RoundRow = NonNullable<Awaited<ReturnType<typeof findRound>>>;

function findRound(db: Db, workshopId: string, roundId: string) {
  return db.votingRound.findFirst({ where: { id: roundId, workshopId }, include: roundInclude });
}

function asStatus(value: string): RoundStatus {
  return value === "closed" || value === "revealed" ? value : "open";
}

export function roundView(round: RoundRow): RoundView {
  return {
    id: round.id,
    title: round.title,
    status: asStatus(round.status),
    budget: round.budget,
    maxPerItem: round.maxPerItem,
    anonymous: round.anonymous,
    showLive: round.showLive,
    closesAt: round.closesAt?.getTime() ?? null,
    createdAt: round.createdAt.getTime(),
    items: round.items.map((i) => ({ id: i.id, title: i.title, boardId: i.boardId, focusAreaId: i.focusAreaId, position: i.position })),
  };
}

/**
 * An open round past its closing time is closed in the database (with its totals, like any
 * close: server/voting/writes.ts) the first time anyone looks at it, so every reader (and the reveal)
 * agrees on its status. Votes never depend on this: the cast checks the closing time itself.
 */
async function settleExpired(db: Db, round: RoundRow, now = Date.now()): Promise<RoundRow> {
  if (round.status !== "open" || !round.closesAt || round.closesAt.getTime() > now) return round;
  await closeWithTotals(db, round.workshopId, round.id, round.closesAt);
  return (await findRound(db, round.workshopId, round.id)) ?? round;
}

export async function getRound(db: Db, workshopId: string, roundId: string): Promise<RoundRow> {
  const round = await findRound(db, workshopId, roundId);
  if (!round) throw new VotingError("notFound");
  return settleExpired(db, round);
}

/** The newest round of the workshop, or null before the first one. */
export async function currentRound(db: Db, workshopId: string): Promise<RoundRow | null> {
  const round = await db.votingRound.findFirst({ where: { workshopId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: roundInclude });
  return round ? settleExpired(db, round) : null;
}

/** All rounds, newest first: the history the facilitator and the report read. */
export async function listRounds(db: Db, workshopId: string): Promise<RoundRow[]> {
  const rounds = await db.votingRound.findMany({ where: { workshopId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: roundInclude });
  return Promise.all(rounds.map((r) => settleExpired(db, r)));
}

export async function openRound(db: Db, yjs: YjsServer, workshopId: string, input: OpenRoundInput, now = Date.now()): Promise<RoundRow> {
  const { settings } = input;
  if (settings.closesAt !== null && settings.closesAt <= now) throw new VotingError("closesAtInPast");
  const current = await currentRound(db, workshopId);
  if (current?.status === "open") throw new VotingError("roundAlreadyOpen");
  const items = await resolveBallotItems(db, yjs, workshopId, input.items);
  const created = await db.votingRound.create({
    data: {
      workshopId,
      title: input.title,
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

export async function closeRound(db: Db, workshopId: string, roundId: string): Promise<RoundRow> {
  const closed = await closeWithTotals(db, workshopId, roundId, new Date());
  const round = await getRound(db, workshopId, roundId);
  if (!closed && round.status !== "closed") throw new VotingError(round.status === "revealed" ? "alreadyRevealed" : "roundClosed");
  return round;
}

/** Marks a closed round revealed; the caller computes and writes the ranks. */
export async function markRevealed(db: Db, workshopId: string, roundId: string): Promise<RoundRow> {
  const round = await getRound(db, workshopId, roundId);
  if (round.status === "open") throw new VotingError("roundNotClosed");
  const { count } = await db.votingRound.updateMany({ where: { id: roundId, workshopId, status: "closed" }, data: { status: "revealed", revealedAt: new Date() } });
  if (count === 0) throw new VotingError("alreadyRevealed");
  return getRound(db, workshopId, roundId);
}
