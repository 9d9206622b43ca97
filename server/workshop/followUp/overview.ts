// The follow-up picture across one workshop or a programme's workshops: each owned action with
// its agreed values, its current state (the board overlaid by the history), its category
// (overdue, due soon, stalled, on track, done) and its owner's link. The organiser's view, its
// export, the calendar feeds and the owner's page all read it from here.
import type { FollowUpOverview, FollowUpRow, FollowUpSettings } from "../../../lib/contract/followUp";
import { DEFAULT_DUE_SOON_DAYS, DEFAULT_STALLED_WEEKS, categorise, currentState } from "../../../lib/domain/followUp/followUp";
import type { Db } from "../../platform/db/client";
import { ensureLinks, linkView } from "./links";
import { signFeedKey } from "./token";
import { historiesOf } from "./updates";
import { actionKey, hasOwner, workshopActions, type ReadBoardDoc } from "./workshopActions";

export interface OverviewContext {
  db: Db;
  readDoc: ReadBoardDoc;
  authSecret: string;
  publicUrl: string;
}

/** Today's date where the meetings are held: deadlines are calendar days in Norway. */
export function todayInOslo(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export function defaultSettings(now = new Date()): FollowUpSettings {
  return { today: todayInOslo(now), now: now.toISOString(), dueSoonDays: DEFAULT_DUE_SOON_DAYS, stalledWeeks: DEFAULT_STALLED_WEEKS };
}

export async function followUpRows(
  context: OverviewContext,
  workshopIds: readonly string[],
  settings: FollowUpSettings & { only?: { chainId: string; actionId: string } },
): Promise<FollowUpRow[]> {
  const { only } = settings;
  const { db } = context;
  const workshops = await db.workshop.findMany({ where: { id: { in: [...workshopIds] } }, select: { id: true, title: true, date: true, createdAt: true } });
  const order = new Map(workshopIds.map((id, i) => [id, i]));
  workshops.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const histories = await historiesOf(db, workshopIds);
  const rows: FollowUpRow[] = [];
  for (const workshop of workshops) {
    const actions = (await workshopActions(db, context.readDoc, workshop.id)).filter((a) => hasOwner(a.action) && (!only || (a.chainId === only.chainId && a.action.id === only.actionId)));
    const links = await ensureLinks(db, workshop.id, actions);
    // Silence counts from the meeting day (its end), else from when the workshop was made.
    const since = workshop.date ? `${workshop.date}T23:59:59.000Z` : workshop.createdAt.toISOString();
    for (const a of actions) {
      const key = actionKey({ workshopId: workshop.id, chainId: a.chainId, actionId: a.action.id });
      const agreed = { status: a.action.status, deadline: a.action.deadline };
      const state = currentState(agreed, histories.get(key) ?? []);
      const link = links.get(key);
      rows.push({
        key,
        workshopId: workshop.id,
        workshopTitle: workshop.title,
        boardId: a.boardId,
        tableName: a.tableName,
        chainId: a.chainId,
        chainGoal: a.chainGoal,
        focusAreaTitle: a.focusAreaTitle,
        actionId: a.action.id,
        number: a.number,
        what: a.action.what,
        responsible: a.action.responsible,
        responsibleOrganisation: a.action.responsibleOrganisation,
        agreed,
        state,
        revisedAt: state.lastUpdateAt ?? since,
        category: categorise(state, { ...settings, since }),
        link: link ? linkView(context.authSecret, context.publicUrl, link) : null,
      });
    }
  }
  return rows;
}

/** The organiser's view of one workshop or a programme's workshops (`scope` names the feed). */
export async function followUpOverview(
  context: OverviewContext,
  scope: { kind: "workshop" | "programme"; id: string },
  workshopIds: readonly string[],
  thresholds: { stalledWeeks: number; dueSoonDays: number },
): Promise<FollowUpOverview> {
  const settings = { ...defaultSettings(), ...thresholds };
  const rows = await followUpRows(context, workshopIds, settings);
  const organisations = [...new Set(rows.map((r) => r.responsibleOrganisation.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b, "nb"));
  return { rows, settings, organisations, calendarUrl: feedUrl(context, scope) };
}

export function feedUrl(context: Pick<OverviewContext, "authSecret" | "publicUrl">, scope: { kind: "workshop" | "programme"; id: string }): string {
  const base = scope.kind === "workshop" ? `/api/workshops/${scope.id}` : `/api/programmes/${scope.id}`;
  return new URL(`${base}/follow-up/calendar.ics?key=${signFeedKey(context.authSecret, scope.kind, scope.id)}`, context.publicUrl).toString();
}
