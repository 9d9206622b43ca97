// Wire types of follow-up (oppfølging): what the owner's page and the organiser's view receive
// from the server (HTTP JSON), shared by server/workshop/followUp and components/followUp.
import type { ActionStatus } from "../domain/chains/actionChains";
import type { FollowUpCategory, FollowUpState } from "../domain/followUp/followUp";

export interface LinkView {
  id: string;
  revoked: boolean;
  /** The page the owner opens; null when withdrawn (a withdrawn token is never shown again). */
  url: string | null;
  /** The owner's calendar feed; null when withdrawn. */
  calendarUrl: string | null;
}

export interface FollowUpRow {
  key: string;
  workshopId: string;
  workshopTitle: string;
  boardId: string;
  tableName: string | null;
  chainId: string;
  chainGoal: string;
  focusAreaTitle: string | null;
  actionId: string;
  number: number;
  what: string;
  responsible: string;
  responsibleOrganisation: string;
  agreed: { status: ActionStatus; deadline: string | null };
  state: FollowUpState;
  /** When the action was last revised: its last update, else the end of the meeting (ISO). */
  revisedAt: string;
  category: FollowUpCategory;
  link: LinkView | null;
}

export interface FollowUpSettings {
  today: string;
  now: string;
  dueSoonDays: number;
  stalledWeeks: number;
}

/** GET /api/workshops/<id>/follow-up and /api/programmes/<id>/follow-up. */
export interface FollowUpOverview {
  rows: FollowUpRow[];
  settings: FollowUpSettings;
  /** The organisations named responsible, for the filter. */
  organisations: string[];
  /** The shared calendar feed of every deadline in the view. */
  calendarUrl: string;
}

export interface OwnerChainStep {
  id: string;
  number: number;
  what: string;
  responsible: string;
  responsibleOrganisation: string;
  state: Omit<FollowUpState, "history">;
  mine: boolean;
}

/** GET/POST /api/follow-up/<token>: the owner's page. */
export interface OwnerPage {
  workshop: { title: string; date: string | null; language: string };
  chainGoal: string;
  focusAreaTitle: string | null;
  action: { id: string; number: number; what: string; responsible: string; responsibleOrganisation: string; agreed: { status: ActionStatus; deadline: string | null } };
  state: FollowUpState;
  chain: OwnerChainStep[];
  calendarUrl: string;
}
