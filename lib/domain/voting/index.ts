// Dot voting rules: settings, vote validation, ranking with ties, top-N, breakdowns.
export * from "./settings";
export * from "./validateVote";
export * from "./ranking";
export * from "./topN";
export * from "./breakdown";
export * from "./roundBreakdowns";
export * from "./spread";
