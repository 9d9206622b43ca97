// Who voted for what, by organisation or by sector: a first-class result for the organisers
// ("which municipalities want this?"). Never by person. In a small group the group total
// can be one person's ballot, so groups with fewer voters than `minVoters` are pooled into
// one "other" row; anonymous rounds should use a minimum of 2 or more.

/** One participant's dots on one item, with the group dimensions only. */
export type BallotEntry = {
  participantId: string;
  itemId: string;
  dots: number;
  organisation: string;
  sector?: string | null;
};

export type GroupBy = "organisation" | "sector";

export type BreakdownRow = {
  /** The organisation or sector name; null for "not given" (kind unspecified) or pooled rows. */
  name: string | null;
  kind: "named" | "unspecified" | "pooled";
  /** Participants in the group who put at least one dot anywhere in the round. */
  voters: number;
  /** Dots per item id; items without dots from this group are absent. */
  perItem: Record<string, number>;
  total: number;
};

export type BreakdownOptions = { minVoters?: number };

type Group = { name: string | null; voters: Set<string>; perItem: Record<string, number>; total: number };

/** Rows sorted by total dots, then name; the pooled row, if any, comes last. */
export function breakdownBy(entries: readonly BallotEntry[], by: GroupBy, options: BreakdownOptions = {}): BreakdownRow[] {
  const minVoters = options.minVoters ?? 1;
  const groups = new Map<string, Group>();
  for (const entry of entries) {
    if (!(entry.dots > 0)) continue;
    const raw = (by === "organisation" ? entry.organisation : entry.sector) ?? "";
    const name = raw.trim() === "" ? null : raw.trim();
    const key = name === null ? "" : name.toLocaleLowerCase("nb");
    let group = groups.get(key);
    if (!group) {
      group = { name, voters: new Set(), perItem: {}, total: 0 };
      groups.set(key, group);
    }
    group.voters.add(entry.participantId);
    group.perItem[entry.itemId] = (group.perItem[entry.itemId] ?? 0) + entry.dots;
    group.total += entry.dots;
  }
  const rows: BreakdownRow[] = [];
  const pooled: Group = { name: null, voters: new Set(), perItem: {}, total: 0 };
  for (const group of groups.values()) {
    if (group.voters.size < minVoters) {
      for (const v of group.voters) pooled.voters.add(v);
      for (const [item, n] of Object.entries(group.perItem)) pooled.perItem[item] = (pooled.perItem[item] ?? 0) + n;
      pooled.total += group.total;
      continue;
    }
    rows.push(toRow(group, group.name === null ? "unspecified" : "named"));
  }
  rows.sort((a, b) => b.total - a.total || (a.name ?? "").localeCompare(b.name ?? "", "nb"));
  // The pooled row names no group, so a ballot in it cannot be traced back to a small organisation.
  if (pooled.total > 0) rows.push(toRow(pooled, "pooled"));
  return rows;
}

function toRow(group: Group, kind: BreakdownRow["kind"]): BreakdownRow {
  return { name: group.name, kind, voters: group.voters.size, perItem: group.perItem, total: group.total };
}

/** Total dots per item id over all entries. */
export function totalsByItem(entries: readonly BallotEntry[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const e of entries) if (e.dots > 0) totals[e.itemId] = (totals[e.itemId] ?? 0) + e.dots;
  return totals;
}
