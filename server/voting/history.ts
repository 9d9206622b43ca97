// Every round of a workshop for the HTTP API and the report: facilitators get all counts
// (and, in named rounds, who gave what); participants and observers get counts only of
// rounds that are revealed or live. Anonymous rounds never carry ballots, for anyone.
import type { WorkshopAccess } from "../platform/auth/authenticate";
import type { Db } from "../platform/db/client";
import type { Cell } from "../../lib/domain/sheetCell";
import { countsArePublic } from "./publish";
import { progressOf, resultsOf, tallyOf } from "./results";
import { listRounds, roundView } from "./rounds";
import type { Results, RoundRecord, RoundView } from "../../lib/contract/voting";

export async function roundHistory(db: Db, workshopId: string, access: WorkshopAccess): Promise<RoundRecord[]> {
  const facilitator = access === "facilitator";
  const rounds = await listRounds(db, workshopId);
  return Promise.all(
    rounds.map(async (round) => ({
      round: roundView(round),
      progress: await progressOf(db, workshopId, round.id),
      tally: facilitator || countsArePublic(round) ? await tallyOf(db, round) : null,
      results: round.status === "revealed" || (facilitator && round.status === "closed") ? await resultsOf(db, round, { withBallots: facilitator }) : null,
    })),
  );
}

export interface ResultsCsvLabels {
  rank: string;
  title: string;
  dots: string;
  tied: string;
  organisation: string;
  other: string;
  unspecified: string;
  /** Takes {min}: the row of a breakdown too small to show. */
  suppressed: (min: number) => string;
}

/**
 * Ranking and organisation breakdown as spreadsheet rows (written by the one CSV writer,
 * report/render/csv.ts); never names a person in an anonymous round.
 */
export function resultsRows(round: RoundView, results: Results, labels: ResultsCsvLabels): Cell[][] {
  const rows: Cell[][] = [[labels.rank, labels.title, labels.dots, labels.tied]];
  for (const r of results.ranking) rows.push([r.rank, r.title, r.dots, r.tied ? "x" : ""]);
  rows.push([]);
  rows.push([labels.organisation, ...results.ranking.map((r) => r.title)]);
  for (const row of results.byOrganisation) {
    if (row.kind === "suppressed") {
      rows.push([labels.suppressed(results.minGroupSize ?? 0)]);
      continue;
    }
    const name = row.kind === "pooled" ? labels.other : (row.name ?? labels.unspecified);
    rows.push([name, ...results.ranking.map((r) => row.perItem[r.id] ?? 0)]);
  }
  if (results.ballots && !round.anonymous) {
    rows.push([]);
    rows.push(["", ...results.ranking.map((r) => r.title)]);
    for (const b of results.ballots) rows.push([`${b.name} (${b.organisation})`, ...results.ranking.map((r) => b.dots[r.id] ?? 0)]);
  }
  return rows;
}
