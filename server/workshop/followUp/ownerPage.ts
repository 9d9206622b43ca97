// What an action's owner sees through their link: the action, where it sits in its chain (the
// other actions with their current state), its history, and the form's starting values. And the
// one thing they may do: send an update, which becomes a new history row.
import { currentState, type FollowUpInput } from "../../../lib/domain/followUp/followUp";
import type { FollowUpRow, OwnerPage } from "../../../lib/contract/followUp";
import type { ActionStatus } from "../../../lib/domain/chains/actionChains";
import { WorkshopError } from "../errors";
import { followUpCalendarUrl, resolveLink, type LinkRow } from "./links";
import { defaultSettings, followUpRows, type OverviewContext } from "./overview";
import { publishFollowUpChange } from "./publish";
import { signFollowUpToken } from "./token";
import { historiesOf, recordUpdate } from "./updates";
import { actionKey, workshopActions } from "./workshopActions";

async function pageOf(context: OverviewContext, link: LinkRow): Promise<OwnerPage> {
  const { db } = context;
  const workshop = await db.workshop.findUnique({ where: { id: link.workshopId }, select: { title: true, date: true, language: true } });
  if (!workshop) throw new WorkshopError("followUpLinkUnknown");
  const actions = await workshopActions(db, context.readDoc, link.workshopId);
  const mine = actions.find((a) => a.chainId === link.chainId && a.action.id === link.actionId);
  // The table deleted the action (or its chain) on the board after the link was made.
  if (!mine) throw new WorkshopError("actionNotFound");
  const histories = await historiesOf(db, [link.workshopId]);
  const stateOf = (actionId: string, status: ActionStatus, deadline: string | null) =>
    currentState({ status, deadline }, histories.get(actionKey({ workshopId: link.workshopId, chainId: link.chainId, actionId })) ?? []);
  const chain = mine.chain.map((a, index) => {
    const { history: _history, ...state } = stateOf(a.id, a.status, a.deadline);
    return { id: a.id, number: index + 1, what: a.what, responsible: a.responsible, responsibleOrganisation: a.responsibleOrganisation, state, mine: a.id === link.actionId };
  });
  return {
    workshop,
    chainGoal: mine.chainGoal,
    focusAreaTitle: mine.focusAreaTitle,
    action: {
      id: mine.action.id,
      number: mine.number,
      what: mine.action.what,
      responsible: mine.action.responsible,
      responsibleOrganisation: mine.action.responsibleOrganisation,
      agreed: { status: mine.action.status, deadline: mine.action.deadline },
    },
    state: stateOf(mine.action.id, mine.action.status, mine.action.deadline),
    chain,
    calendarUrl: followUpCalendarUrl(context.publicUrl, signFollowUpToken(context.authSecret, link.id, link.secret)),
  };
}

export async function ownerPage(context: OverviewContext, token: string): Promise<OwnerPage> {
  return pageOf(context, await resolveLink(context.db, context.authSecret, token));
}

export async function submitOwnerUpdate(context: OverviewContext, token: string, input: FollowUpInput): Promise<OwnerPage> {
  const link = await resolveLink(context.db, context.authSecret, token);
  // Checks the action still exists before anything is written.
  await pageOf(context, link);
  await recordUpdate(context.db, link, link.id, input);
  publishFollowUpChange(link.workshopId, { chainId: link.chainId, actionId: link.actionId });
  return pageOf(context, link);
}

/** The owner's own calendar feed: their action's deadline, moving when they move it. */
export async function ownerCalendarRows(context: OverviewContext, token: string): Promise<{ rows: FollowUpRow[]; language: string }> {
  const link = await resolveLink(context.db, context.authSecret, token);
  const workshop = await context.db.workshop.findUnique({ where: { id: link.workshopId }, select: { language: true } });
  const rows = await followUpRows(context, [link.workshopId], { ...defaultSettings(), only: { chainId: link.chainId, actionId: link.actionId } });
  return { rows, language: workshop?.language ?? "nb" };
}
