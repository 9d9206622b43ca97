// How even (mixed) or how together (homogeneous) a seating is, as numbers: tests assert on
// them and the facilitator's table screen can show them next to the result.
import { organisationKey, sectorKey, type Seat } from "./seat";

export type TableMetrics = {
  sizes: number[];
  /** Largest minus smallest table. */
  sizeSpread: number;
  /** Per organisation (keyed by its name as first seen): most minus fewest members at one table. */
  organisationSpread: Record<string, number>;
  maxOrganisationSpread: number;
  /** Per sector (unknown sector keyed ""): most minus fewest members at one table. */
  sectorSpread: Record<string, number>;
  maxSectorSpread: number;
  /** Per organisation: at how many tables it has someone. */
  organisationTables: Record<string, number>;
  /** Per sector: at how many tables it has someone. */
  sectorTables: Record<string, number>;
  /**
   * Organisations spread over more tables than their size forces, given the largest table
   * (homogeneous seating tries to keep this at zero).
   */
  needlesslySplit: string[];
};

type Tally = { label: string; perTable: number[] };

function tally<P extends Seat>(tables: readonly (readonly P[])[], key: (s: Seat) => string, label: (s: P) => string) {
  const byKey = new Map<string, Tally>();
  tables.forEach((table, t) => {
    for (const seat of table) {
      const k = key(seat);
      let entry = byKey.get(k);
      if (!entry) {
        entry = { label: label(seat), perTable: tables.map(() => 0) };
        byKey.set(k, entry);
      }
      entry.perTable[t]++;
    }
  });
  return [...byKey.values()];
}

const spread = (values: number[]) => (values.length === 0 ? 0 : Math.max(...values) - Math.min(...values));

export function tableMetrics<P extends Seat>(tables: readonly (readonly P[])[]): TableMetrics {
  const sizes = tables.map((t) => t.length);
  const largest = Math.max(0, ...sizes);
  const orgs = tally(tables, organisationKey, (s) => s.organisation.trim());
  const sectors = tally(tables, sectorKey, (s) => (s.sector ?? "").trim());
  const spreadOf = (ts: Tally[]) => Object.fromEntries(ts.map((t) => [t.label, spread(t.perTable)]));
  const tablesOf = (ts: Tally[]) => Object.fromEntries(ts.map((t) => [t.label, t.perTable.filter((n) => n > 0).length]));
  const organisationSpread = spreadOf(orgs);
  const sectorSpread = spreadOf(sectors);
  const organisationTables = tablesOf(orgs);
  return {
    sizes,
    sizeSpread: spread(sizes),
    organisationSpread,
    maxOrganisationSpread: Math.max(0, ...Object.values(organisationSpread)),
    sectorSpread,
    maxSectorSpread: Math.max(0, ...Object.values(sectorSpread)),
    organisationTables,
    sectorTables: tablesOf(sectors),
    needlesslySplit: orgs
      .filter((o) => {
        const total = o.perTable.reduce((a, b) => a + b, 0);
        return organisationTables[o.label] > Math.ceil(total / largest);
      })
      .map((o) => o.label),
  };
}
