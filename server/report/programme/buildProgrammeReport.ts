// The programme report model from its workshops' report models: pure, no I/O, the same for
// every format. It reads nothing but ReportModels (see types.ts for why), and matches areas
// through lib/domain/programmes/areaMatching.ts, the rule the matching screen uses too.
import { matchAreas, normaliseAreaName, type AreaOccurrence } from "@/lib/domain/programmes/areaMatching";
import { reportLanguage } from "../buildReport";
import type { ReportModel, ReportRound } from "../types";
import type { ProgrammeArea, ProgrammeChain, ProgrammeReportInput, ProgrammeReportModel, ProgrammeWorkshop } from "./types";

/** The round a workshop decided by: its last revealed round, else its last closed one. */
export function resultRound(model: ReportModel): ReportRound | null {
  const last = (status: string) => [...model.rounds].reverse().find((r) => r.status === status) ?? null;
  return last("revealed") ?? last("closed");
}

/** Every focus-area name a workshop's report shows: on its boards and on its ballots. */
export function areaOccurrences(workshopId: string, model: ReportModel): AreaOccurrence[] {
  const titles = [...model.boards.flatMap((b) => b.focusAreas.map((a) => a.title)), ...model.rounds.flatMap((r) => r.items.map((i) => i.title))];
  const seen = new Set<string>();
  const out: AreaOccurrence[] = [];
  for (const title of titles) {
    const key = normaliseAreaName(title);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push({ workshopId, title });
  }
  return out;
}

export function buildProgrammeReport(input: ProgrammeReportInput): ProgrammeReportModel {
  const occurrences = input.workshops.flatMap((w) => areaOccurrences(w.id, w.model));
  const groups = matchAreas(occurrences, input.links);
  const groupOf = new Map<string, { key: string; title: string }>();
  for (const g of groups) for (const m of g.members) groupOf.set(`${m.workshopId}\u0000${m.areaKey}`, g);
  const inGroup = (workshopId: string, title: string, key: string) => groupOf.get(`${workshopId}\u0000${normaliseAreaName(title)}`)?.key === key;

  const workshops: ProgrammeWorkshop[] = input.workshops.map(({ id, model }) => {
    const round = resultRound(model);
    return {
      id,
      title: model.meta.title,
      date: model.meta.date,
      place: model.meta.place,
      anonymous: model.anonymous,
      participants: model.participation.total,
      organisations: model.participation.byOrganisation.length,
      roundTitle: round?.title ?? null,
      minGroupSize: round?.minGroupSize ?? null,
    };
  });

  const areas: ProgrammeArea[] = groups.map((group) => {
    const area: ProgrammeArea = { key: group.key, title: group.title, perWorkshop: [], perOrganisation: [] };
    for (const { id, model } of input.workshops) {
      const member = group.members.find((m) => m.workshopId === id);
      if (!member) continue;
      const round = resultRound(model);
      const item = round?.items.find((i) => inGroup(id, i.title, group.key)) ?? null;
      area.perWorkshop.push({ workshopId: id, title: item?.title ?? member.title, rank: item?.rank ?? null, tied: item?.tied ?? false, dots: item?.dots ?? null, share: item?.share ?? null });
      if (!round || !item) continue;
      // The workshop's own breakdown rows, as its report shows them (pooled and suppressed
      // rows included): the programme adds no row, so it reveals nothing that report hides.
      for (const row of round.byOrganisation) {
        const dots = row.perItem.filter((p) => inGroup(id, p.title, group.key)).reduce((sum, p) => sum + p.dots, 0);
        area.perOrganisation.push({ workshopId: id, name: row.name, kind: row.kind, voters: row.voters, dots });
      }
    }
    return area;
  });

  const chains: ProgrammeChain[] = input.workshops.flatMap(({ id, model }) =>
    model.chains.map((chain) => ({
      workshopId: id,
      focusAreaTitle: chain.focusAreaTitle,
      areaTitle: chain.focusAreaTitle ? (groupOf.get(`${id}\u0000${normaliseAreaName(chain.focusAreaTitle)}`)?.title ?? null) : null,
      goal: chain.goal,
      actions: chain.actions.map((a) => ({ number: a.number, what: a.what, responsible: a.responsible, responsibleOrganisation: a.responsibleOrganisation, deadline: a.deadline, status: a.status })),
    })),
  );

  const findings = input.workshops
    .map(({ id, model }) => ({ workshopId: id, items: model.notes.filter((n) => n.finding).map((n) => ({ text: n.text, organisation: n.organisation })) }))
    .filter((f) => f.items.length > 0);

  return {
    language: reportLanguage(input.programme.language),
    generatedAt: input.generatedAt,
    meta: { title: input.programme.title, description: input.programme.description },
    workshops,
    areas,
    chains,
    findings,
  };
}
