// Choosing "the best" by several criteria in order, e.g. fewest colleagues, then fewest
// people: compare keys element by element. Used by the seating rules.

/** The first item whose key is smallest in lexicographic order; undefined for no items. */
export function pickSmallest<T>(items: readonly T[], key: (item: T) => readonly number[]): T | undefined {
  let best: T | undefined;
  let bestKey: readonly number[] = [];
  for (const item of items) {
    const k = key(item);
    if (best === undefined || compareKeys(k, bestKey) < 0) {
      best = item;
      bestKey = k;
    }
  }
  return best;
}

export function compareKeys(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
