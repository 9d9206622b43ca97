// Results of a round: order by dots, with ties ranked alike (standard competition ranking:
// 1, 2, 2, 4), and the shares the distribution bars are drawn from.

export type Tally = { id: string; dots: number };

export type RankedItem<T extends Tally = Tally> = T & {
  /** 1 for the most dots; equal dots share a rank and the next rank skips. */
  rank: number;
  /** True when another item has the same number of dots. */
  tied: boolean;
  /** dots / all dots in the round, 0..1 (0 when nobody voted). */
  share: number;
  /** dots / the winner's dots, 0..1: bar length relative to the longest bar. */
  relative: number;
};

/**
 * Items with equal dots keep their input order (e.g. ballot position), so the list does not
 * jump around between two refreshes of the same counts.
 */
export function rankItems<T extends Tally>(items: readonly T[]): RankedItem<T>[] {
  const sorted = items.map((item, index) => ({ item, index })).sort((a, b) => b.item.dots - a.item.dots || a.index - b.index);
  const total = items.reduce((sum, i) => sum + i.dots, 0);
  const top = sorted.length > 0 ? sorted[0].item.dots : 0;
  const countOf = new Map<number, number>();
  for (const i of items) countOf.set(i.dots, (countOf.get(i.dots) ?? 0) + 1);
  let rank = 0;
  return sorted.map(({ item }, position) => {
    if (position === 0 || sorted[position - 1].item.dots !== item.dots) rank = position + 1;
    return {
      ...item,
      rank,
      tied: (countOf.get(item.dots) ?? 0) > 1,
      share: total === 0 ? 0 : item.dots / total,
      relative: top === 0 ? 0 : item.dots / top,
    };
  });
}
