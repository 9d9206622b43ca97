// What the matching screen shows: each programme area with where it came up (and whether by
// name or by the organiser's link), and the likely pairs still to decide. From the same
// programme model as the report, so the screen and the files cannot disagree.
import { matchAreas, suggestPairs, type PairSuggestion } from "@/lib/domain/programmes/areaMatching";
import { areaOccurrences } from "./buildProgrammeReport";
import type { ProgrammeReportInput } from "./types";

export interface ProgrammeMatching {
  workshops: { id: string; title: string }[];
  areas: {
    key: string;
    title: string;
    members: { workshopId: string; title: string; areaKey: string; linked: boolean }[];
  }[];
  suggestions: PairSuggestion[];
}

export function buildMatching(input: ProgrammeReportInput): ProgrammeMatching {
  const groups = matchAreas(
    input.workshops.flatMap((w) => areaOccurrences(w.id, w.model)),
    input.links,
  );
  const linked = new Set(input.links.map((l) => `${l.workshopId}\u0000${l.areaKey}`));
  return {
    workshops: input.workshops.map((w) => ({ id: w.id, title: w.model.meta.title })),
    areas: groups.map((g) => ({
      key: g.key,
      title: g.title,
      members: g.members.map((m) => ({ workshopId: m.workshopId, title: m.title, areaKey: m.areaKey, linked: linked.has(`${m.workshopId}\u0000${m.areaKey}`) })),
    })),
    suggestions: suggestPairs(groups),
  };
}
