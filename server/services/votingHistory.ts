// Every round of a workshop for the HTTP API and the report: facilitators get all counts
// (and, in named rounds, who gave what); participants and observers get counts only of
// rounds that are revealed or live. Anonymous rounds never carry ballots, for anyone.
import type { WorkshopAccess } from "../auth/authenticate";
import type { Db } from "../db/client";
import { countsArePublic } from "./votingPublish";
import { progressOf, resultsOf, tallyOf } from "./votingResults";
import { listRounds, roundView } from "./votingRounds";
import type { Progress, Results, RoundView, Tally } from "./votingTypes";

export interface RoundRecord {
  round: RoundView;
  progress: Progress;
  tally: Tally | null;
  results: Results | null;
}

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

const csvCell = (value: string | number) => {
  const text = String(value);
  return /[",;\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Ranking and organisation breakdown as CSV for a spreadsheet; never names a person in an anonymous round. */
export function resultsCsv(round: RoundView, results: Results, labels: { rank: string; title: string; dots: string; tied: string; organisation: string; other: string; unspecified: string }): string {
  const lines: string[] = [[labels.rank, labels.title, labels.dots, labels.tied].map(csvCell).join(",")];
  for (const r of results.ranking) lines.push([r.rank, r.title, r.dots, r.tied ? "x" : ""].map(csvCell).join(","));
  lines.push("");
  lines.push([labels.organisation, ...results.ranking.map((r) => r.title)].map(csvCell).join(","));
  for (const row of results.byOrganisation) {
    const name = row.name ?? (row.kind === "pooled" ? labels.other : labels.unspecified);
    lines.push([name, ...results.ranking.map((r) => row.perItem[r.id] ?? 0)].map(csvCell).join(","));
  }
  if (results.ballots && !round.anonymous) {
    lines.push("");
    lines.push(["", ...results.ranking.map((r) => r.title)].map(csvCell).join(","));
    for (const b of results.ballots) lines.push([`${b.name} (${b.organisation})`, ...results.ranking.map((r) => b.dots[r.id] ?? 0)].map(csvCell).join(","));
  }
  return lines.join("\r\n") + "\r\n";
}
