// The archive format: everything about one workshop as JSON, with each board's full Yjs
// state (base64), so an import rebuilds the boards exactly, history-free but content-equal.
// Rows refer to each other by `ref` (their id when exported); the import gives new ids.
// Bump `version` on any change a reader of an older version would misread; imports refuse
// versions they do not know instead of guessing.
import { z } from "zod";
import { DEFAULT_MIN_GROUP_SIZE } from "../../../lib/domain/voting/roundBreakdowns";
import { ROUND_KINDS } from "../../../lib/domain/voting/settings";
import { ACTION_STATUSES } from "../../../lib/domain/chains/actionChains";
import { FOLLOW_UP_COMMENT_MAX } from "../../../lib/domain/followUp/followUp";
import { roundAggregateSchema } from "../../voting/aggregate";

export const archiveFormat = "samla-archive";
/**
 * 2: anonymous rounds carry `aggregate` (their suppressed results) and never ballots, and the
 * workshop carries `minGroupSize`. Version 1 archives are still read (K defaults to 3).
 * 3: `followUpUpdates`, the history of the actions after the meeting. A version 2 reader would
 * drop it without a word, so it refuses version 3; versions 1 and 2 are read with none.
 */
export const archiveVersion = 3;
export const readableArchiveVersions = [1, 2, 3] as const;

const ref = z.string().min(1).max(100);
const text = (max: number) => z.string().max(max);
const isoTime = z.string().max(40).nullable();

export const archiveSchema = z.object({
  format: z.literal(archiveFormat),
  version: z.union(readableArchiveVersions.map((v) => z.literal(v)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>]),
  exportedAt: z.string().max(40),
  workshop: z.object({
    title: text(200).min(1),
    date: text(20).nullable(),
    place: text(200).nullable(),
    organisers: text(500).nullable(),
    language: z.enum(["nb", "en"]),
    method: text(40),
    status: text(20),
    capacity: z.number().int().nullable(),
    anonymous: z.boolean(),
    minGroupSize: z.number().int().min(2).max(100).default(DEFAULT_MIN_GROUP_SIZE),
    /** The workshop's own retention period in months; null (and in older archives) the instance's default. */
    retentionMonths: z.number().int().min(1).max(120).nullable().default(null),
    currentPhaseRef: ref.nullable(),
  }),
  organisations: z.array(z.object({ name: text(200), sector: text(60).nullable(), position: z.number().int() })).max(1000),
  phases: z
    .array(z.object({ ref, position: z.number().int(), kind: text(40), title: text(200), prompt: text(5000), timeboxMinutes: z.number().int().nullable(), groupMode: text(20), silentWriting: z.boolean().optional() }))
    .max(200),
  tables: z.array(z.object({ ref, name: text(200), position: z.number().int() })).max(1000),
  participants: z
    .array(
      z.object({
        ref,
        /** null in an anonymous workshop's archive. */
        displayName: text(200).nullable(),
        organisation: text(200),
        sector: text(60).nullable(),
        role: z.enum(["participant", "observer"]),
        tableRef: ref.nullable(),
        removed: z.boolean(),
      }),
    )
    .max(20_000),
  boards: z
    .array(z.object({ ref, tableRef: ref.nullable(), title: text(200), locked: z.boolean(), state: z.string().max(200_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/) }))
    .max(1000),
  votingRounds: z
    .array(
      z.object({
        title: text(200),
        status: z.enum(["open", "closed", "revealed"]),
        /** Archives written before points rounds existed carry no kind: their rounds are dots. */
        kind: z.enum(ROUND_KINDS).default("dots"),
        budget: z.number().int().min(0),
        maxPerItem: z.number().int().min(0),
        anonymous: z.boolean(),
        showLive: z.boolean(),
        createdAt: isoTime,
        closesAt: isoTime,
        closedAt: isoTime,
        revealedAt: isoTime,
        items: z.array(
          z.object({ ref, boardRef: ref, focusAreaId: text(64), title: text(200), position: z.number().int(), dots: z.number().int().min(0), rank: z.number().int().nullable() }),
        ),
        /** An anonymous round's results as the report shows them (no row under K voters); null otherwise. */
        aggregate: roundAggregateSchema.nullable().default(null),
        /** Per-person spending; null for an anonymous round or workshop (item totals and `aggregate` are kept). */
        ballots: z.array(z.object({ participantRef: ref, spent: z.number().int().min(0), items: z.array(z.object({ itemRef: ref, dots: z.number().int().min(0) })) })).nullable(),
      }),
    )
    .max(500),
  /**
   * Every follow-up update of the workshop's actions, oldest first. The owners' links are not
   * carried (they are secrets of this instance): the imported workshop makes new ones.
   */
  followUpUpdates: z
    .array(
      z.object({
        boardRef: ref,
        chainId: text(64),
        actionId: text(64),
        status: z.enum(ACTION_STATUSES),
        progress: z.number().int().min(0).max(100),
        comment: text(FOLLOW_UP_COMMENT_MAX),
        deadline: text(10).nullable(),
        createdAt: z.string().max(40),
        /** Whether it came through the owner's link (true) or from the organiser. */
        byOwner: z.boolean(),
      }),
    )
    .max(100_000)
    .default([]),
});

export type Archive = z.infer<typeof archiveSchema>;
