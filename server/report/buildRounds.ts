// Voting results through the domain's own rules (rankItems, breakdownBy), so the report
// ranks ties exactly like the projector did. Only aggregates leave this function.
import { breakdownBy, rankItems, type BreakdownRow } from "../domain/voting";
import type { ReportBreakdownRow, ReportInput, ReportRound } from "./types";

/**
 * In an anonymous round (or workshop) a group of one voter would show that person's ballot,
 * so such groups are pooled; breakdown.ts recommends at least two.
 */
const anonymousMinVoters = 2;

export function buildRounds(input: ReportInput): ReportRound[] {
  const boardTitle = new Map(input.boards.map((b) => [b.id, b.title]));
  return input.rounds.map((round) => {
    const items = [...round.items].sort((a, b) => a.position - b.position);
    const ranked = rankItems(items.map((i) => ({ id: i.id, dots: i.dots, title: i.title, boardId: i.boardId })));
    const order = new Map(ranked.map((r, index) => [r.id, index]));
    const titleOf = new Map(items.map((i) => [i.id, i.title]));
    const minVoters = round.anonymous || input.workshop.anonymous ? anonymousMinVoters : 1;
    const toRows = (rows: BreakdownRow[]): ReportBreakdownRow[] =>
      rows.map((row) => ({
        name: row.name,
        kind: row.kind,
        voters: row.voters,
        total: row.total,
        perItem: Object.entries(row.perItem)
          .filter(([id]) => titleOf.has(id))
          .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
          .map(([id, dots]) => ({ title: titleOf.get(id)!, dots })),
      }));
    const voters = new Set(round.entries.filter((e) => e.dots > 0).map((e) => e.participantId)).size;
    return {
      id: round.id,
      title: round.title,
      status: round.status,
      anonymous: round.anonymous,
      budget: round.budget,
      voters,
      totalDots: ranked.reduce((sum, r) => sum + r.dots, 0),
      items: ranked.map((r) => ({
        rank: r.rank,
        tied: r.tied,
        title: r.title,
        boardTitle: boardTitle.get(r.boardId) ?? "",
        dots: r.dots,
        share: r.share,
        relative: r.relative,
      })),
      byOrganisation: toRows(breakdownBy(round.entries, "organisation", { minVoters })),
      bySector: toRows(breakdownBy(round.entries, "sector", { minVoters })),
    };
  });
}
