// One step of a workshop as the facilitator edits it. The database Phase row holds the same
// fields plus id, workshopId and position; this schema validates what comes in from a form or
// a socket payload before it reaches that row.
import { z } from "zod";

export const PHASE_KINDS = [
  "futureImage",
  "obstacles",
  "focusAreas",
  "prioritising",
  "actionChains",
  "summary",
  "groupWork",
  "plenary",
  "free",
] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

/**
 * plenary: everyone on the workshop's plenary board.
 * homogeneous: base groups (people from the same organisation or sector together).
 * mixed: cross groups (organisations and sectors spread across tables).
 * The group modes double as table-assignment modes, see tableAssignment.ts.
 */
export const GROUP_MODES = ["plenary", "mixed", "homogeneous"] as const;
export type GroupMode = (typeof GROUP_MODES)[number];

/** Which board a phase shows: table phases give each table its own board. */
export function boardScope(groupMode: GroupMode): "plenary" | "tables" {
  return groupMode === "plenary" ? "plenary" : "tables";
}

export const PHASE_TITLE_MAX = 120;
export const PHASE_PROMPT_MAX = 2000;
/** A whole conference day; longer timeboxes are typing mistakes. */
export const TIMEBOX_MAX_MINUTES = 600;

export const phaseKindSchema = z.enum(PHASE_KINDS);
export const groupModeSchema = z.enum(GROUP_MODES);

export const phaseSchema = z.object({
  kind: phaseKindSchema,
  title: z.string().trim().min(1).max(PHASE_TITLE_MAX),
  prompt: z.string().trim().max(PHASE_PROMPT_MAX),
  /** null: no suggested length (e.g. a free board). */
  timeboxMinutes: z.number().int().min(1).max(TIMEBOX_MAX_MINUTES).nullable(),
  groupMode: groupModeSchema,
  /** Starting the phase turns silent writing on (each writes alone first); absent = off. */
  silentWriting: z.boolean().optional(),
});
export type PhaseDraft = z.infer<typeof phaseSchema>;
