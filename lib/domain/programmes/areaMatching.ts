// Which focus areas of a programme's workshops are "the same area": the one rule the
// programme report, the matching screen and the link API share.
//
// Two areas match when their names are equal after normalising (case, spacing, punctuation,
// Unicode forms: «Bedre samhandling» = «bedre  samhandling.»), or when an organiser linked one
// to the other by hand («Samhandling mellom nivåene» → «Bedre samhandling»). Links are
// transitive: an area linked to a name joins every area with that name, in every workshop.
// The matching screen suggests likely pairs among the areas that still stand alone.

/** The comparable form of a focus area's name: what two names must share to match by themselves. */
export function normaliseAreaName(name: string): string {
  return name
    .normalize("NFKC")
    .toLocaleLowerCase("nb")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export interface AreaOccurrence {
  workshopId: string;
  /** The name as written in that workshop. */
  title: string;
}

export interface AreaLink {
  workshopId: string;
  /** normaliseAreaName of the area in that workshop. */
  areaKey: string;
  /** normaliseAreaName of the programme area it counts as. */
  targetKey: string;
}

export interface MatchedArea {
  /** The group's key: the smallest normalised name in it, stable whatever order links came in. */
  key: string;
  /** The name shown: the one used in most workshops; on a tie the name linked to, then alphabetically first. */
  title: string;
  /** Every occurrence, with the key it had before linking. */
  members: (AreaOccurrence & { areaKey: string })[];
}

/** Groups the occurrences by name and by the organiser's links (union–find over names). */
export function matchAreas(occurrences: readonly AreaOccurrence[], links: readonly AreaLink[]): MatchedArea[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const add = (x: string) => {
    if (!parent.has(x)) parent.set(x, x);
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    // The smaller name becomes the root, so the group key does not depend on link order.
    if (ra < rb) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  const keyed = occurrences.map((o) => ({ ...o, areaKey: normaliseAreaName(o.title) })).filter((o) => o.areaKey !== "");
  for (const o of keyed) add(o.areaKey);
  // A link joins names, not only one workshop's area: a link names the area by its name in one
  // workshop, and the same name elsewhere is the same area by the first rule.
  for (const link of links) {
    if (!parent.has(link.areaKey) || !link.targetKey) continue;
    add(link.targetKey);
    union(link.areaKey, link.targetKey);
  }
  const groups = new Map<string, MatchedArea>();
  for (const o of keyed) {
    const root = find(o.areaKey);
    const group = groups.get(root) ?? { key: root, title: "", members: [] };
    group.members.push(o);
    groups.set(root, group);
  }
  const targets = new Set(links.map((l) => l.targetKey));
  for (const group of groups.values()) group.title = commonestTitle(group.members, targets);
  return [...groups.values()].sort((a, b) => workshopsOf(b) - workshopsOf(a) || a.title.localeCompare(b.title, "nb"));
}

const workshopsOf = (g: MatchedArea) => new Set(g.members.map((m) => m.workshopId)).size;

function commonestTitle(members: readonly (AreaOccurrence & { areaKey: string })[], targets: ReadonlySet<string>): string {
  const count = new Map<string, { workshops: Set<string>; target: boolean }>();
  for (const m of members) {
    const title = m.title.trim();
    const entry = count.get(title) ?? { workshops: new Set(), target: targets.has(m.areaKey) };
    entry.workshops.add(m.workshopId);
    count.set(title, entry);
  }
  // "Counts as X" is what the organiser said: X names the area unless another name is more used.
  return [...count.entries()].sort(([a, x], [b, y]) => y.workshops.size - x.workshops.size || Number(y.target) - Number(x.target) || a.localeCompare(b, "nb"))[0]?.[0] ?? "";
}

/** How alike two normalised names are, 0–1: the Dice coefficient of their letter pairs. */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const pairs = (s: string) => {
    const out = new Map<string, number>();
    for (const word of s.split(" ")) for (let i = 0; i < word.length - 1; i++) out.set(word.slice(i, i + 2), (out.get(word.slice(i, i + 2)) ?? 0) + 1);
    return out;
  };
  const [pa, pb] = [pairs(a), pairs(b)];
  const size = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + n, 0);
  const total = size(pa) + size(pb);
  if (total === 0) return 0;
  let shared = 0;
  for (const [pair, n] of pa) shared += Math.min(n, pb.get(pair) ?? 0);
  return (2 * shared) / total;
}

export interface PairSuggestion {
  /** The area to link (in its workshop) … */
  from: { workshopId: string; areaKey: string; title: string };
  /** … to this programme area. */
  to: { key: string; title: string };
  similarity: number;
}

/** The least similarity worth suggesting: below it the pairs on real data were unrelated areas. */
export const SUGGESTION_THRESHOLD = 0.45;

/**
 * Likely pairs between matched groups that have no workshop in common, most alike first: an
 * area that came up in one workshop and a differently named one in another. A group met in the
 * same workshop is left out (a workshop does not name one area twice).
 */
export function suggestPairs(groups: readonly MatchedArea[], threshold = SUGGESTION_THRESHOLD): PairSuggestion[] {
  const suggestions: PairSuggestion[] = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = 0; j < groups.length; j++) {
      if (i === j) continue;
      const [a, b] = [groups[i], groups[j]];
      // Suggest linking the smaller group into the larger (ties: by key), once per pair.
      const [sa, sb] = [workshopsOf(a), workshopsOf(b)];
      if (sa > sb || (sa === sb && a.key > b.key)) continue;
      const workshopsOfB = new Set(b.members.map((m) => m.workshopId));
      if (a.members.some((m) => workshopsOfB.has(m.workshopId))) continue;
      const similarity = Math.max(...a.members.map((m) => nameSimilarity(m.areaKey, b.key)));
      if (similarity < threshold) continue;
      const from = a.members[0];
      suggestions.push({ from: { workshopId: from.workshopId, areaKey: from.areaKey, title: from.title }, to: { key: b.key, title: b.title }, similarity });
    }
  }
  return suggestions.sort((x, y) => y.similarity - x.similarity || x.from.title.localeCompare(y.from.title, "nb"));
}
