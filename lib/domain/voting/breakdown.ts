// Who voted for what, by organisation and by sector: a first-class result for the organisers
// ("which municipalities want this?"). Never by person.
//
// In an anonymous round a group total of one or two voters is their ballot, so no row may rest
// on fewer than `minVoters` (K) voters: the small-number suppression public statistics use.
// Looking at each table alone is not enough. The two tables and the ranking can be subtracted
// from one another ("sector kommune" minus the named municipalities is the one small
// municipality that was pooled), so both tables are built from the same units, each of at
// least K voters:
//   1. organisations with at least K voters (shown by name);
//   2. the small organisations of one sector together, when they reach K ("others in kommune");
//   3. the rest of the small ones together, topped up with the smallest units above until it
//      reaches K.
// The organisation table shows the units of kind 1 by name and everything else as one pooled
// row; the sector table shows each sector as its units of kind 1 and 2, and the unit of kind 3
// as the pooled row. Any sum or difference of rows is then a union of units, never fewer than
// K people. Only when the whole round has fewer than K voters is there nothing to show: one
// "suppressed" row says so.

/** One participant's dots on one item, with the group dimensions only. */
export type BallotEntry = {
  participantId: string;
  itemId: string;
  dots: number;
  organisation: string;
  /** The organisation's sector (organisations editor), null when unknown. */
  sector?: string | null;
};

export type GroupBy = "organisation" | "sector";

export type BreakdownRow = {
  /** The organisation or sector name; null for "not given", pooled and suppressed rows. */
  name: string | null;
  /** "suppressed": fewer than the minimum voted in the whole round; the row carries no counts. */
  kind: "named" | "unspecified" | "pooled" | "suppressed";
  /** Participants in the group who put at least one dot anywhere in the round (0 when suppressed). */
  voters: number;
  /** Dots per item id; items without dots from this group are absent. */
  perItem: Record<string, number>;
  total: number;
};

export interface Breakdowns {
  byOrganisation: BreakdownRow[];
  bySector: BreakdownRow[];
}

export type BreakdownOptions = {
  /** Smallest number of voters a row may show: 1 for named rounds, K for anonymous ones. */
  minVoters?: number;
};

type Group = { name: string | null; sector: string | null; voters: Set<string>; perItem: Record<string, number>; total: number };

const emptyGroup = (name: string | null, sector: string | null): Group => ({ name, sector, voters: new Set(), perItem: {}, total: 0 });

function merge(into: Group, from: Group): void {
  for (const v of from.voters) into.voters.add(v);
  for (const [item, n] of Object.entries(from.perItem)) into.perItem[item] = (into.perItem[item] ?? 0) + n;
  into.total += from.total;
}

const clean = (value: string | null | undefined) => (value ?? "").trim() || null;
const keyOf = (name: string | null) => (name === null ? "" : name.toLocaleLowerCase("nb"));

function organisationGroups(entries: readonly BallotEntry[]): Group[] {
  const groups = new Map<string, Group>();
  for (const entry of entries) {
    if (!(entry.dots > 0)) continue;
    const name = clean(entry.organisation);
    const key = keyOf(name);
    let group = groups.get(key);
    if (!group) {
      group = emptyGroup(name, clean(entry.sector));
      groups.set(key, group);
    }
    group.voters.add(entry.participantId);
    group.perItem[entry.itemId] = (group.perItem[entry.itemId] ?? 0) + entry.dots;
    group.total += entry.dots;
  }
  return [...groups.values()];
}

function toRow(group: Group, kind: BreakdownRow["kind"]): BreakdownRow {
  return { name: kind === "pooled" ? null : group.name, kind, voters: group.voters.size, perItem: group.perItem, total: group.total };
}

const byTotal = (a: BreakdownRow, b: BreakdownRow) => b.total - a.total || (a.name ?? "").localeCompare(b.name ?? "", "nb");
const smallestFirst = (a: Group, b: Group) => a.voters.size - b.voters.size || a.total - b.total || (a.name ?? "").localeCompare(b.name ?? "", "nb");

/** Both breakdowns of a round, built from the same units (see the top of this file). */
export function breakdowns(entries: readonly BallotEntry[], options: BreakdownOptions = {}): Breakdowns {
  const k = Math.max(1, options.minVoters ?? 1);
  const organisations = organisationGroups(entries);
  const named = organisations.filter((g) => g.voters.size >= k);
  const sectorPools = new Map<string, Group>();
  for (const g of organisations.filter((o) => o.voters.size < k)) {
    const key = keyOf(g.sector);
    const pool = sectorPools.get(key) ?? emptyGroup(g.sector, g.sector);
    merge(pool, g);
    sectorPools.set(key, pool);
  }
  const rest = emptyGroup(null, null);
  for (const p of sectorPools.values()) if (p.voters.size < k) merge(rest, p);
  // The rest alone would show fewer than K people (and, subtracted from the total, so would
  // everything else): top it up with the smallest units until it reaches K.
  const candidates = [...sectorPools.values()].filter((p) => p.voters.size >= k).concat(named).sort(smallestFirst);
  const movedToRest = new Set<Group>();
  for (const unit of candidates) {
    if (rest.voters.size === 0 || rest.voters.size >= k) break;
    merge(rest, unit);
    movedToRest.add(unit);
  }
  const pools = [...sectorPools.values()].filter((p) => p.voters.size >= k && !movedToRest.has(p));
  const shownByName = named.filter((g) => !movedToRest.has(g));
  if (rest.voters.size > 0 && rest.voters.size < k) {
    const suppressed: BreakdownRow = { name: null, kind: "suppressed", voters: 0, perItem: {}, total: 0 };
    return { byOrganisation: [suppressed], bySector: [{ ...suppressed, perItem: {} }] };
  }

  const pooledOrganisations = emptyGroup(null, null);
  for (const p of pools) merge(pooledOrganisations, p);
  merge(pooledOrganisations, rest);
  const byOrganisation = shownByName.map((g) => toRow(g, g.name === null ? "unspecified" : "named")).sort(byTotal);
  if (pooledOrganisations.voters.size > 0) byOrganisation.push(toRow(pooledOrganisations, "pooled"));

  const sectors = new Map<string, Group>();
  for (const unit of [...shownByName, ...pools]) {
    const key = keyOf(unit.sector);
    const sector = sectors.get(key) ?? emptyGroup(unit.sector, unit.sector);
    merge(sector, unit);
    sectors.set(key, sector);
  }
  const bySector = [...sectors.values()].map((g) => toRow(g, g.name === null ? "unspecified" : "named")).sort(byTotal);
  if (rest.voters.size > 0) bySector.push(toRow(rest, "pooled"));
  return { byOrganisation, bySector };
}
