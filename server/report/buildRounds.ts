// Voting results through the domain's own rules (rankItems, roundBreakdowns), so the report
// ranks ties and suppresses small groups exactly like the screens did. Only aggregates leave
// this function.
import { rankItems, roundBreakdowns, type BreakdownRow } from "../../lib/domain/voting";
import type { ReportBreakdownRow, ReportInput, ReportRound } from "./types";

export function buildRounds(input: ReportInput): ReportRound[] {
  const boardTitle = new Map(input.boards.map((b) => [b.id, b.title]));
  return input.rounds.map((round) => {
    const items = [...round.items].sort((a, b) => a.position - b.position);
    const ranked = rankItems(items.map((i) => ({ id: i.id, dots: i.dots, title: i.title, boardId: i.boardId })));
    const order = new Map(ranked.map((r, index) => [r.id, index]));
    const titleOf = new Map(items.map((i) => [i.id, i.title]));
    const anonymous = round.anonymous || input.workshop.anonymous;
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
    const { byOrganisation, bySector } =
      round.aggregate ?? roundBreakdowns({ entries: round.entries, organisations: input.organisations, anonymous, minGroupSize: input.workshop.minGroupSize });
    const voters = round.aggregate?.voters ?? new Set(round.entries.filter((e) => e.dots > 0).map((e) => e.participantId)).size;
    return {
      id: round.id,
      title: round.title,
      status: round.status,
      anonymous: round.anonymous,
      minGroupSize: anonymous ? input.workshop.minGroupSize : null,
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
      byOrganisation: toRows(byOrganisation),
      bySector: toRows(bySector),
    };
  });
}
