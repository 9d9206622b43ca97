// The programme report: what a reader may see across a programme's workshops. It is built
// only from each workshop's own ReportModel (buildReport), never from ballots or board
// documents, so anonymity and small-group suppression hold exactly as in each workshop's
// report: every number here is one that workshop's report already shows.
import type { ActionStatus } from "@/lib/board";
import type { ReportBreakdownRow, ReportLanguage, ReportModel } from "../types";

export interface ProgrammeReportInput {
  programme: { id: string; title: string; description: string | null; language: string };
  /** In the programme's order (date, then creation). */
  workshops: { id: string; model: ReportModel }[];
  links: { workshopId: string; areaKey: string; targetKey: string }[];
  generatedAt: string;
}

export interface ProgrammeWorkshop {
  id: string;
  title: string;
  date: string | null;
  place: string | null;
  anonymous: boolean;
  participants: number;
  organisations: number;
  /** The round whose ranks the programme shows: the workshop's last revealed (else closed) round. */
  roundTitle: string | null;
  /** K of that round when it is anonymous. */
  minGroupSize: number | null;
}

export interface ProgrammeAreaInWorkshop {
  workshopId: string;
  /** The area's name in that workshop. */
  title: string;
  rank: number | null;
  tied: boolean;
  dots: number | null;
  share: number | null;
}

export interface ProgrammeAreaByOrganisation {
  workshopId: string;
  /** A breakdown row of the workshop's round, as that workshop's report shows it. */
  name: ReportBreakdownRow["name"];
  kind: ReportBreakdownRow["kind"];
  voters: number;
  dots: number;
}

export interface ProgrammeArea {
  key: string;
  title: string;
  /** One entry per workshop where the area came up, in the programme's workshop order. */
  perWorkshop: ProgrammeAreaInWorkshop[];
  perOrganisation: ProgrammeAreaByOrganisation[];
}

export interface ProgrammeChainAction {
  number: number;
  what: string;
  responsible: string;
  responsibleOrganisation: string;
  deadline: string | null;
  status: ActionStatus;
}

export interface ProgrammeChain {
  workshopId: string;
  focusAreaTitle: string | null;
  /** The programme area the chain's focus area is matched to, when it is one. */
  areaTitle: string | null;
  goal: string;
  actions: ProgrammeChainAction[];
}

export interface ProgrammeReportModel {
  language: ReportLanguage;
  generatedAt: string;
  meta: { title: string; description: string | null };
  workshops: ProgrammeWorkshop[];
  areas: ProgrammeArea[];
  chains: ProgrammeChain[];
  /** The findings each workshop started from (notes preloaded onto its boards), by workshop. */
  findings: { workshopId: string; items: { text: string; organisation: string }[] }[];
}
