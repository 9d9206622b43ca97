// Every action of a workshop's chains, read from its boards' documents (the board module's
// readBoard, the same reading the report uses), with what the follow-up screens show around it.
import type * as Y from "yjs";
import { readBoard, type ActionSnapshot } from "../../../lib/board";
import type { Db } from "../../platform/db/client";

export type ReadBoardDoc = (boardId: string) => Promise<Y.Doc>;

export interface WorkshopAction {
  workshopId: string;
  boardId: string;
  /** The table's name, or null for the plenary board. */
  tableName: string | null;
  chainId: string;
  chainGoal: string;
  focusAreaTitle: string | null;
  /** 1-based place in its chain. */
  number: number;
  action: ActionSnapshot;
  /** The chain's other actions in order (for the owner to see where theirs sits). */
  chain: ActionSnapshot[];
}

/** Chain ids may repeat across workshops (a follow-up meeting continues the earlier chains). */
export const actionKey = (a: { workshopId: string; chainId: string; actionId: string }): string => `${a.workshopId}/${a.chainId}/${a.actionId}`;

export async function workshopActions(db: Db, readDoc: ReadBoardDoc, workshopId: string): Promise<WorkshopAction[]> {
  const boards = await db.board.findMany({
    where: { workshopId },
    select: { id: true, createdAt: true, table: { select: { name: true, position: true } } },
  });
  // Tables in their order, then the plenary board, as the chain pages list them.
  boards.sort((a, b) => (a.table?.position ?? Infinity) - (b.table?.position ?? Infinity) || a.createdAt.getTime() - b.createdAt.getTime());
  const result: WorkshopAction[] = [];
  for (const board of boards) {
    const snapshot = readBoard(await readDoc(board.id));
    const areaTitle = new Map(snapshot.focusAreas.map((a) => [a.id, a.title]));
    for (const chain of snapshot.chains) {
      chain.actions.forEach((action, index) => {
        result.push({
          workshopId,
          boardId: board.id,
          tableName: board.table?.name ?? null,
          chainId: chain.id,
          chainGoal: chain.goal,
          focusAreaTitle: chain.focusAreaId ? (areaTitle.get(chain.focusAreaId) ?? null) : null,
          number: index + 1,
          action,
          chain: chain.actions,
        });
      });
    }
  }
  return result;
}

/** An action has an owner when someone (a person or an organisation) is named responsible. */
export function hasOwner(action: Pick<ActionSnapshot, "responsible" | "responsibleOrganisation" | "what">): boolean {
  return action.what.trim() !== "" && (action.responsible.trim() !== "" || action.responsibleOrganisation.trim() !== "");
}
