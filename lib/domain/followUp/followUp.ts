// Follow-up (oppfølging): an action's life after the meeting. The board keeps what the table
// agreed (status, deadline); each report its owner sends afterwards is a history entry, and the
// action's current state is the board's values overlaid by the latest entry. Pure rules, used by
// the owner's page, the organiser's view, the calendar feed and the follow-up meeting's board.
import { z } from "zod";
import { ACTION_STATUSES, type ActionStatus } from "../chains/actionChains";
import { isIsoDate, isoDateSchema } from "../chains/isoDate";

export const FOLLOW_UP_COMMENT_MAX = 1000;

/** What an owner (or the organiser) sends: one update, kept as a new history entry. */
export const followUpInputSchema = z
  .object({
    status: z.enum(ACTION_STATUSES),
    progress: z.number().int().min(0).max(100),
    comment: z.string().trim().max(FOLLOW_UP_COMMENT_MAX).default(""),
    deadline: isoDateSchema.refine(isIsoDate, "must be a real date").nullable(),
  })
  .strict();
export type FollowUpInput = z.infer<typeof followUpInputSchema>;

export interface FollowUpEntry {
  status: ActionStatus;
  progress: number;
  comment: string;
  deadline: string | null;
  /** ISO timestamp of the update. */
  at: string;
  /** True when it came through the owner's link, false when the organiser wrote it. */
  byOwner: boolean;
}

export interface FollowUpState {
  status: ActionStatus;
  progress: number;
  deadline: string | null;
  /** When the last update came; null before the first. */
  lastUpdateAt: string | null;
  /** How many times the deadline moved after the meeting: the calendar event's SEQUENCE. */
  deadlineChanges: number;
  /** Oldest first. */
  history: FollowUpEntry[];
}

/** The board's values overlaid by the updates (given in any order; sorted by time here). */
export function currentState(agreed: { status: ActionStatus; deadline: string | null }, updates: readonly FollowUpEntry[]): FollowUpState {
  const history = [...updates].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  let deadline = agreed.deadline && isIsoDate(agreed.deadline) ? agreed.deadline : null;
  let deadlineChanges = 0;
  for (const entry of history) {
    if (entry.deadline !== deadline) deadlineChanges++;
    deadline = entry.deadline;
  }
  const last = history.at(-1);
  return {
    status: last?.status ?? agreed.status,
    progress: last ? last.progress : agreed.status === "done" ? 100 : 0,
    deadline,
    lastUpdateAt: last?.at ?? null,
    deadlineChanges,
    history,
  };
}

export const FOLLOW_UP_CATEGORIES = ["overdue", "dueSoon", "stalled", "onTrack", "done"] as const;
export type FollowUpCategory = (typeof FOLLOW_UP_CATEGORIES)[number];

export interface CategoryOptions {
  /** Today, yyyy-mm-dd (in the organisation's time zone; the caller decides). */
  today: string;
  /** Now, as an ISO timestamp. */
  now: string;
  /** A deadline within this many days is "due soon". */
  dueSoonDays: number;
  /** No update for this many weeks is "stalled". */
  stalledWeeks: number;
  /** Where "no update" counts from before the first update: the meeting (ISO timestamp). */
  since: string;
}

export const DEFAULT_DUE_SOON_DAYS = 14;
export const DEFAULT_STALLED_WEEKS = 4;

/** Days from one yyyy-mm-dd to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((day(to) - day(from)) / 86_400_000);
}

/**
 * One category per action, the most urgent first: done ends it; a passed deadline is overdue
 * whatever else holds; then a deadline close by; then silence for too long.
 */
export function categorise(state: Pick<FollowUpState, "status" | "deadline" | "lastUpdateAt">, options: CategoryOptions): FollowUpCategory {
  if (state.status === "done") return "done";
  if (state.deadline && daysBetween(options.today, state.deadline) < 0) return "overdue";
  if (state.deadline && daysBetween(options.today, state.deadline) <= options.dueSoonDays) return "dueSoon";
  const quietSince = Date.parse(state.lastUpdateAt ?? options.since);
  if (Date.parse(options.now) - quietSince >= options.stalledWeeks * 7 * 86_400_000) return "stalled";
  return "onTrack";
}

/** The organiser's view's thresholds, as query parameters. */
export const followUpThresholdsSchema = z
  .object({
    stalledWeeks: z.coerce.number().int().min(1).max(52).default(DEFAULT_STALLED_WEEKS),
    dueSoonDays: z.coerce.number().int().min(1).max(90).default(DEFAULT_DUE_SOON_DAYS),
  })
  .strict();
