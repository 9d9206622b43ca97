// The follow-up history: every update an owner (or the organiser) sends is a new row, so the
// history is never overwritten and "what did we know on 1 March" can always be answered.
import type { ActionStatus } from "../../../lib/domain/chains/actionChains";
import type { FollowUpEntry, FollowUpInput } from "../../../lib/domain/followUp/followUp";
import type { Db } from "../../platform/db/client";
import { actionKey } from "./workshopActions";

export interface ActionRef {
  workshopId: string;
  boardId: string;
  chainId: string;
  actionId: string;
}

export async function recordUpdate(db: Db, ref: ActionRef, linkId: string | null, input: FollowUpInput): Promise<FollowUpEntry> {
  // Only the key's fields: callers pass whole link rows.
  const { workshopId, boardId, chainId, actionId } = ref;
  const row = await db.followUpUpdate.create({ data: { workshopId, boardId, chainId, actionId, linkId, ...input } });
  return toEntry(row);
}

type UpdateRow = { status: string; progress: number; comment: string; deadline: string | null; createdAt: Date; linkId: string | null };

function toEntry(row: UpdateRow): FollowUpEntry {
  return {
    status: row.status as ActionStatus,
    progress: row.progress,
    comment: row.comment,
    deadline: row.deadline,
    at: row.createdAt.toISOString(),
    byOwner: row.linkId !== null,
  };
}

/** Each action's history in the workshops, oldest first, keyed by `actionKey`. */
export async function historiesOf(db: Db, workshopIds: readonly string[]): Promise<Map<string, FollowUpEntry[]>> {
  const rows = await db.followUpUpdate.findMany({ where: { workshopId: { in: [...workshopIds] } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const byAction = new Map<string, FollowUpEntry[]>();
  for (const row of rows) {
    const key = actionKey(row);
    const list = byAction.get(key) ?? [];
    list.push(toEntry(row));
    byAction.set(key, list);
  }
  return byAction;
}
