// Owners' follow-up links: one row per action, made the first time an organiser's page or the
// printed chain asks, so the link on paper stays the same until the organiser withdraws it.
// Withdrawing sets revokedAt (the token then answers "withdrawn"); a new link is a new row with
// a new secret, so the old paper stops working and the new one works.
import type { LinkView } from "../../../lib/contract/followUp";
import type { Db } from "../../platform/db/client";
import { WorkshopError } from "../errors";
import { followUpTokenMatches, freshLinkSecret, linkIdOf, signFollowUpToken } from "./token";
import { actionKey, hasOwner, type WorkshopAction } from "./workshopActions";

export interface LinkRow {
  id: string;
  workshopId: string;
  boardId: string;
  chainId: string;
  actionId: string;
  secret: string;
  createdAt: Date;
  revokedAt: Date | null;
}

export const followUpUrl = (publicUrl: string, token: string): string => new URL(`/f/${token}`, publicUrl).toString();
export const followUpCalendarUrl = (publicUrl: string, token: string): string => new URL(`/api/follow-up/${token}/calendar.ics`, publicUrl).toString();

export function linkView(authSecret: string, publicUrl: string, link: LinkRow): LinkView {
  if (link.revokedAt) return { id: link.id, revoked: true, url: null, calendarUrl: null };
  const token = signFollowUpToken(authSecret, link.id, link.secret);
  return { id: link.id, revoked: false, url: followUpUrl(publicUrl, token), calendarUrl: followUpCalendarUrl(publicUrl, token) };
}

/** The current link of each action (the newest row), creating one for each owned action that has none. */
export async function ensureLinks(db: Db, workshopId: string, actions: readonly WorkshopAction[]): Promise<Map<string, LinkRow>> {
  const newest = async () => {
    const rows = await db.followUpLink.findMany({ where: { workshopId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    // Two pages asking at once may both have made a first link: the oldest unrevoked one wins,
    // else the newest row (a withdrawn link stays withdrawn until someone asks for a new one).
    const byAction = new Map<string, LinkRow>();
    for (const row of rows) {
      const key = actionKey(row);
      const held = byAction.get(key);
      if (!held || (held.revokedAt && (!row.revokedAt || row.createdAt >= held.createdAt))) byAction.set(key, row);
    }
    return byAction;
  };
  const links = await newest();
  const missing = actions.filter((a) => hasOwner(a.action) && !links.has(actionKey({ workshopId, chainId: a.chainId, actionId: a.action.id })));
  if (missing.length === 0) return links;
  await db.followUpLink.createMany({
    data: missing.map((a) => ({ workshopId, boardId: a.boardId, chainId: a.chainId, actionId: a.action.id, secret: freshLinkSecret() })),
  });
  return newest();
}

/** The link a token opens; refuses unknown, forged and withdrawn tokens. */
export async function resolveLink(db: Db, authSecret: string, token: string): Promise<LinkRow> {
  const id = linkIdOf(token);
  const link = id ? await db.followUpLink.findUnique({ where: { id } }) : null;
  if (!link || !followUpTokenMatches(token, authSecret, link.id, link.secret)) throw new WorkshopError("followUpLinkUnknown");
  if (link.revokedAt) throw new WorkshopError("followUpLinkRevoked");
  return link;
}

export async function revokeLink(db: Db, workshopId: string, linkId: string): Promise<void> {
  const { count } = await db.followUpLink.updateMany({ where: { id: linkId, workshopId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0 && !(await db.followUpLink.findFirst({ where: { id: linkId, workshopId } }))) throw new WorkshopError("followUpLinkUnknown");
}

/** Withdraws the action's current link (if any) and makes a new one. */
export async function renewLink(db: Db, workshopId: string, linkId: string): Promise<LinkRow> {
  const old = await db.followUpLink.findFirst({ where: { id: linkId, workshopId } });
  if (!old) throw new WorkshopError("followUpLinkUnknown");
  return db.$transaction(async (tx) => {
    await tx.followUpLink.updateMany({ where: { workshopId, chainId: old.chainId, actionId: old.actionId, revokedAt: null }, data: { revokedAt: new Date() } });
    return tx.followUpLink.create({ data: { workshopId, boardId: old.boardId, chainId: old.chainId, actionId: old.actionId, secret: freshLinkSecret() } });
  });
}
