// Which focus areas go on to action chains: the top N, but honest about a tie at the cut.
// With dots 9, 7, 5, 5, 2 and N = 3 there is no single third place, and the facilitator has
// to decide (take four, or hold a runoff between the two). Ties are equal ranks (equal dots
// rank alike, rankItems), so the rule serves results and the ranks written on a board alike.

type Ranked = { rank: number };

export type TopSelection<T extends Ranked> = {
  /** Items certainly in the top N. */
  selected: T[];
  /** Items tied for the last places; empty when the cut falls between different ranks. */
  tiedAtCut: T[];
  /** How many of `tiedAtCut` fit into N. */
  openPlaces: number;
};

/** `ranked` must be sorted by rank (rankItems' output is). */
export function selectTop<T extends Ranked>(ranked: readonly T[], n: number): TopSelection<T> {
  if (!Number.isInteger(n) || n < 0) throw new RangeError("n must be a whole number >= 0");
  if (n === 0) return { selected: [], tiedAtCut: [], openPlaces: 0 };
  if (n >= ranked.length) return { selected: [...ranked], tiedAtCut: [], openPlaces: 0 };
  const last = ranked[n - 1];
  const next = ranked[n];
  if (last.rank !== next.rank) return { selected: ranked.slice(0, n), tiedAtCut: [], openPlaces: 0 };
  const selected = ranked.filter((item) => item.rank < last.rank);
  return {
    selected,
    tiedAtCut: ranked.filter((item) => item.rank === last.rank),
    openPlaces: n - selected.length,
  };
}
