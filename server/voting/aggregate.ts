// The kept results of a round whose ballots this database does not hold: an anonymous round
// imported from an archive (archives never carry an anonymous round's ballots). Stored as JSON
// in VotingRound.aggregate, already suppressed as the exporting server computed it, and read
// back through this schema so a hand-edited archive cannot smuggle in anything else.
import { z } from "zod";
import type { Breakdowns } from "../../lib/domain/voting";

const row = z
  .object({
    name: z.string().max(200).nullable(),
    kind: z.enum(["named", "unspecified", "pooled", "suppressed"]),
    voters: z.number().int().min(0),
    perItem: z.record(z.string().max(100), z.number().int().min(0)),
    total: z.number().int().min(0),
  })
  .strict();

export const roundAggregateSchema = z
  .object({ voters: z.number().int().min(0), byOrganisation: z.array(row).max(2000), bySector: z.array(row).max(2000) })
  .strict();
export type RoundAggregate = Breakdowns & { voters: number };

/** The stored aggregate, or null for a round whose ballots are here (or a value that does not parse). */
export function parseAggregate(json: string | null): RoundAggregate | null {
  if (!json) return null;
  try {
    const parsed = roundAggregateSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Renames the item ids the rows refer to (an import gives items new ids). */
export function remapAggregate(aggregate: RoundAggregate, itemIds: ReadonlyMap<string, string>): RoundAggregate {
  const remap = (rows: RoundAggregate["byOrganisation"]) =>
    rows.map((r) => ({ ...r, perItem: Object.fromEntries(Object.entries(r.perItem).flatMap(([id, n]) => (itemIds.has(id) ? [[itemIds.get(id)!, n]] : []))) }));
  return { voters: aggregate.voters, byOrganisation: remap(aggregate.byOrganisation), bySector: remap(aggregate.bySector) };
}
