// The report model from the workshop's data: pure, no I/O, the same for every format.
import { buildBoards } from "./buildBoards";
import { buildChains } from "./buildChains";
import { buildParticipation } from "./buildParticipation";
import { buildRounds } from "./buildRounds";
import type { ReportInput, ReportLanguage, ReportModel } from "./types";

export function reportLanguage(language: string): ReportLanguage {
  return language === "en" ? "en" : "nb";
}

export function buildReport(input: ReportInput): ReportModel {
  const { boards, notes, byPhase } = buildBoards(input);
  const w = input.workshop;
  return {
    language: reportLanguage(w.language),
    anonymous: w.anonymous,
    generatedAt: input.generatedAt,
    meta: { title: w.title, date: w.date, place: w.place, organisers: w.organisers, method: w.method, status: w.status },
    participation: buildParticipation(input),
    phases: [...input.phases]
      .sort((a, b) => a.position - b.position)
      .map((p) => ({ title: p.title, kind: p.kind, prompt: p.prompt, groupMode: p.groupMode, timeboxMinutes: p.timeboxMinutes })),
    boards,
    notesByPhase: byPhase,
    notes,
    rounds: buildRounds(input),
    chains: buildChains(input),
    dataProblems: input.boards.flatMap((b) => b.snapshot.problems.map((p) => ({ boardTitle: b.title, path: p.path, message: p.message }))),
  };
}
