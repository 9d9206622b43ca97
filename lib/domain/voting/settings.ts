// A voting round's rules as the facilitator sets them. The database VotingRound row stores
// the same fields; this schema guards the form and the socket payload that open a round.
import { z } from "zod";

export const ROUND_STATUSES = ["open", "closed", "revealed"] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** A status read from the database; anything unknown counts as closed, so it takes no dot. */
export function roundStatusOf(value: string): RoundStatus {
  return (ROUND_STATUSES as readonly string[]).includes(value) ? (value as RoundStatus) : "closed";
}

/** Enough for any dot-voting a room does by hand; larger numbers are typing mistakes. */
export const MAX_BUDGET = 100;
/** Points rounds hand out larger budgets (100 per participant is the classic; 1000 for a budget in thousands). */
export const MAX_POINTS = 1000;

/**
 * dots: one dot at a time, at most maxPerItem on one item (prioritising).
 * points: any split of the budget, including 0 on an item (weighing budget needs); maxPerItem is the budget.
 */
export const ROUND_KINDS = ["dots", "points"] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/** A kind read from the database; anything unknown counts as dots. */
export function roundKindOf(value: string): RoundKind {
  return value === "points" ? "points" : "dots";
}

export const roundSettingsSchema = z
  .object({
    kind: z.enum(ROUND_KINDS).default("dots"),
    /** Dots (or points) each participant may spend. */
    budget: z.number().int().min(1).max(MAX_POINTS),
    /** Most dots one participant may put on one item (a points round: the budget). */
    maxPerItem: z.number().int().min(1).max(MAX_POINTS),
    anonymous: z.boolean().default(false),
    /** true: everyone sees counts while voting; false: secret until the facilitator reveals. */
    showLive: z.boolean().default(false),
    /** Epoch milliseconds after which no dot is accepted, or null for "until closed". */
    closesAt: z.number().int().nullable().default(null),
  })
  .refine((s) => s.maxPerItem <= s.budget, { message: "maxPerItem cannot exceed budget", path: ["maxPerItem"] })
  .refine((s) => s.kind === "points" || s.budget <= MAX_BUDGET, { message: `a dot budget is at most ${MAX_BUDGET}`, path: ["budget"] })
  .refine((s) => s.kind === "dots" || s.maxPerItem === s.budget, { message: "a points round lets any split of the budget: maxPerItem must equal budget", path: ["maxPerItem"] });
export type RoundSettings = z.infer<typeof roundSettingsSchema>;

/** What the vote rules need to know about a round at the moment of a vote. */
export type RoundState = Pick<RoundSettings, "budget" | "maxPerItem" | "closesAt"> & { status: RoundStatus };

/** Open and not past its closing time: the only state in which dots may change. */
export function isAcceptingVotes(round: RoundState, now: number): boolean {
  return round.status === "open" && (round.closesAt === null || now < round.closesAt);
}
