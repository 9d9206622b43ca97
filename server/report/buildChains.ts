// Action chains for the report. readBoard already replaced unreadable values with defaults;
// checkChain adds what a reader must know (no one responsible, a deadline before the start,
// a dependency on a later step), so the report shows gaps instead of hiding them.
import { checkChain } from "../../lib/domain/chains/checkChain";
import { firstStep } from "../../lib/domain/chains/actionChains";
import type { ReportAction, ReportChain, ReportInput } from "./types";

export function buildChains(input: ReportInput): ReportChain[] {
  const chains: ReportChain[] = [];
  for (const board of input.boards) {
    const areaTitle = new Map(board.snapshot.focusAreas.map((a) => [a.id, a.title]));
    // Chains follow their focus areas: ranked areas first by rank, then the board's own order
    // of areas, chains without an area last. (Comparing ranks alone gave Infinity - Infinity =
    // NaN for two unranked areas, which left chains in id order: a different order each time.)
    const areaKey = new Map(board.snapshot.focusAreas.map((a, index) => [a.id, [a.rank ?? Infinity, index] as const]));
    const keyOf = (focusAreaId: string | null) => areaKey.get(focusAreaId ?? "") ?? ([Infinity, Infinity] as const);
    const ordered = [...board.snapshot.chains].sort((a, b) => {
      const [rankA, indexA] = keyOf(a.focusAreaId);
      const [rankB, indexB] = keyOf(b.focusAreaId);
      return rankA !== rankB ? (rankA < rankB ? -1 : 1) : indexA !== indexB ? (indexA < indexB ? -1 : 1) : 0;
    });
    for (const chain of ordered) {
      const checked = checkChain({ goal: chain.goal, actions: chain.actions });
      const actions: ReportAction[] = chain.actions.map((a, index) => ({
        number: index + 1,
        what: a.what,
        responsible: a.responsible,
        responsibleOrganisation: a.responsibleOrganisation,
        partners: a.partners,
        // checkChain cleared dates it could not read; show its reading, not the raw value.
        start: checked.actions[index]?.start ?? null,
        deadline: checked.actions[index]?.deadline ?? null,
        status: a.status,
        resources: a.resources,
        indicator: a.indicator,
      }));
      chains.push({
        id: chain.id,
        boardTitle: board.title,
        focusAreaTitle: chain.focusAreaId ? (areaTitle.get(chain.focusAreaId) ?? null) : null,
        goal: chain.goal,
        final: chain.final,
        firstStep: firstStep(actions),
        actions,
        problems: checked.problems.map((p) => ({ code: p.code, severity: p.severity, actionNumber: p.index === null ? null : p.index + 1 })),
      });
    }
  }
  return chains;
}
