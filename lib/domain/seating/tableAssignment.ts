// Automatic seating: who sits at which table. Pure and deterministic for a given seed.
//
// mixed (cross groups): every organisation and every sector spread as evenly as possible,
//   table sizes differing by at most one.
// homogeneous (base groups): people from the same organisation together, then the same
//   sector; an organisation larger than a table is split over as few tables as possible.
//   Table sizes still differ by at most one: a base group of 14 beside one of 3 is not a
//   group conversation, so balance wins over keeping small organisations whole when the two
//   conflict (tableMetrics reports how often that happened).
import { z } from "zod";
import type { GroupMode } from "../templates/phase";
import { pickSmallest } from "./lexicographic";
import { organisationKey, sectorKey, type Seat } from "./seat";
import { seededRandom, shuffled } from "./seededRandom";
import { improveBySwaps, spanDelta, squaredDelta } from "./tableSwaps";

export type { Seat } from "./seat";
// The rest of the seating API, so callers import one module.
export { placeLateJoiner, type LateJoinerOptions } from "./placeLateJoiner";
export { tableMetrics, type TableMetrics } from "./tableMetrics";
export type AssignmentMode = Exclude<GroupMode, "plenary">;

export const MAX_TABLES = 200;

export const assignmentOptionsSchema = z
  .object({
    mode: z.enum(["mixed", "homogeneous"]),
    /** Number of tables wanted; exactly one of tableCount and tableSize. */
    tableCount: z.number().int().min(1).max(MAX_TABLES).optional(),
    /** Largest table wanted; the number of tables follows from it. */
    tableSize: z.number().int().min(1).max(1000).optional(),
    seed: z.union([z.number(), z.string()]).optional(),
  })
  .refine((o) => (o.tableCount === undefined) !== (o.tableSize === undefined), {
    message: "give either tableCount or tableSize",
  });
export type AssignmentOptions = z.infer<typeof assignmentOptionsSchema>;

/** Tables needed for `people`; by size, the fewest tables that keep everyone within it. */
export function tableCountFor(people: number, options: Pick<AssignmentOptions, "tableCount" | "tableSize">): number {
  if (options.tableCount !== undefined) return options.tableCount;
  if (options.tableSize !== undefined) return Math.ceil(people / options.tableSize);
  throw new RangeError("give either tableCount or tableSize");
}

/** Balanced sizes: the first n mod k tables get one extra seat. */
export function tableCapacities(people: number, tables: number): number[] {
  const base = Math.floor(people / tables);
  const extra = people % tables;
  return Array.from({ length: tables }, (_, i) => base + (i < extra ? 1 : 0));
}

type OrgGroup<P> = { key: string; sector: string; members: P[] };

/** Organisations with their members in seeded order; an organisation's sector is its most common one. */
function organisationGroups<P extends Seat>(participants: readonly P[], random: () => number): OrgGroup<P>[] {
  const byOrg = new Map<string, P[]>();
  for (const p of shuffled(participants, random)) {
    const key = organisationKey(p);
    const members = byOrg.get(key);
    if (members) members.push(p);
    else byOrg.set(key, [p]);
  }
  return [...byOrg].map(([key, members]) => {
    const sectors = new Map<string, number>();
    for (const m of members) sectors.set(sectorKey(m), (sectors.get(sectorKey(m)) ?? 0) + 1);
    const sector = [...sectors].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0];
    return { key, sector, members };
  });
}

export function assignTables<P extends Seat>(participants: readonly P[], options: AssignmentOptions): P[][] {
  const parsed = assignmentOptionsSchema.parse(options);
  const ids = new Set(participants.map((p) => p.id));
  if (ids.size !== participants.length) throw new RangeError("participant ids must be unique");
  const count = tableCountFor(participants.length, parsed);
  const random = seededRandom(parsed.seed ?? 0);
  return parsed.mode === "mixed"
    ? assignMixed(participants, count, random)
    : assignHomogeneous(participants, count, random);
}

/**
 * Lists people sector by sector and, inside a sector, organisation by organisation, then
 * deals them round the tables like cards. Every run of one organisation (and of one sector)
 * is contiguous, so each lands at most one apart across tables. Swaps then repair the rare
 * organisation whose members sit in different sectors.
 */
function assignMixed<P extends Seat>(participants: readonly P[], count: number, random: () => number): P[][] {
  const groups = organisationGroups(participants, random);
  const sectorSize = new Map<string, number>();
  for (const g of groups) sectorSize.set(g.sector, (sectorSize.get(g.sector) ?? 0) + g.members.length);
  const sectorOrder = shuffled([...sectorSize.keys()], random);
  const ordered = [...groups].sort(
    (x, y) => sectorOrder.indexOf(x.sector) - sectorOrder.indexOf(y.sector) || y.members.length - x.members.length,
  );
  const tables: P[][] = Array.from({ length: count }, () => []);
  const offset = count > 0 ? Math.floor(random() * count) : 0;
  let i = 0;
  for (const group of ordered) for (const p of group.members) tables[(offset + i++) % count].push(p);
  // Squared-count deltas for sectors are bounded by 4n+4; this weight keeps organisations first.
  improveBySwaps(tables, squaredDelta, 4 * participants.length + 8);
  return tables;
}

/**
 * First-fit decreasing bin packing: largest organisations first, each into the table that
 * fits it most tightly, preferring a table of its own sector, then an empty one. An
 * organisation that fits nowhere is split, largest free table first. Swaps then pull
 * stragglers back to their organisation where sizes allow.
 */
function assignHomogeneous<P extends Seat>(participants: readonly P[], count: number, random: () => number): P[][] {
  const groups = organisationGroups(participants, random).sort(
    (x, y) => y.members.length - x.members.length || (x.sector < y.sector ? -1 : x.sector > y.sector ? 1 : 0),
  );
  const room = tableCapacities(participants.length, count);
  const tables: P[][] = Array.from({ length: count }, () => []);
  const sectors = tables.map(() => new Set<string>());
  const affinity = (t: number, sector: string) => (sectors[t].has(sector) ? 0 : tables[t].length === 0 ? 1 : 2);
  for (const group of groups) {
    let rest = group.members;
    while (rest.length > 0) {
      const open = room.flatMap((r, t) => (r > 0 ? [t] : []));
      const fitting = open.filter((t) => room[t] >= rest.length);
      const t = fitting.length > 0
        ? (pickSmallest(fitting, (t) => [affinity(t, group.sector), room[t] - rest.length, t]) as number)
        : (pickSmallest(open, (t) => [-room[t], affinity(t, group.sector), t]) as number);
      const take = Math.min(room[t], rest.length);
      tables[t].push(...rest.slice(0, take));
      rest = rest.slice(take);
      room[t] -= take;
      sectors[t].add(group.sector);
    }
  }
  // Span deltas are at most 4 in absolute value; 5 keeps organisations first.
  improveBySwaps(tables, spanDelta, 5);
  return tables;
}
