// Reordering an action chain from a UI. Moving an action can leave "B depends on A" with B now
// before A, which no longer reads as a chain; such links are dropped in the same transaction as
// the move, so another participant never sees (or undoes) the two halves separately.
import type * as Y from "yjs";
import { repairDependencies } from "../domain/chains/actionChains";
import { moveAction, updateAction } from "./chains";
import { readBoard } from "./readBoard";
import { BoardInputError } from "./schema";
import { write } from "./transact";

/** Moves `actionId` to `toIndex` in the chain's current order and drops links that would point forwards. */
export function reorderAction(doc: Y.Doc, chainId: string, actionId: string, toIndex: number, origin?: unknown): void {
  write(doc, origin, () => {
    // Nested transactions join this one, so the move and the link clean-up are one update.
    moveAction(doc, chainId, actionId, toIndex, origin);
    const chain = readBoard(doc).chains.find((c) => c.id === chainId);
    if (!chain) throw new BoardInputError(`no action chain ${chainId}`);
    const repaired = repairDependencies(chain.actions);
    repaired.forEach((action, i) => {
      if (action !== chain.actions[i]) updateAction(doc, chainId, action.id, { dependsOn: action.dependsOn }, origin);
    });
  });
}
