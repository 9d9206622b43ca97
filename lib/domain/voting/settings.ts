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

export const roundSettingsSchema = z
  .object({
    /** Dots each participant may spend. */
    budget: z.number().int().min(1).max(MAX_BUDGET),
    /** Most dots one participant may put on one item. */
    maxPerItem: z.number().int().min(1).max(MAX_BUDGET),
    anonymous: z.boolean().default(false),
    /** true: everyone sees counts while voting; false: secret until the facilitator reveals. */
    showLive: z.boolean().default(false),
    /** Epoch milliseconds after which no dot is accepted, or null for "until closed". */
    closesAt: z.number().int().nullable().default(null),
  })
  .refine((s) => s.maxPerItem <= s.budget, { message: "maxPerItem cannot exceed budget", path: ["maxPerItem"] });
export type RoundSettings = z.infer<typeof roundSettingsSchema>;

/** What the vote rules need to know about a round at the moment of a vote. */
export type RoundState = Pick<RoundSettings, "budget" | "maxPerItem" | "closesAt"> & { status: RoundStatus };

/** Open and not past its closing time: the only state in which dots may change. */
export function isAcceptingVotes(round: RoundState, now: number): boolean {
  return round.status === "open" && (round.closesAt === null || now < round.closesAt);
}
