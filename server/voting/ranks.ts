// After a reveal, the ranking goes back onto the focus areas (VotingItem.rank and the rank
// field in each board document) so the action-chain phase starts from the top N.
//
// A runoff among areas that tied is placed inside the earlier ranking: if two areas shared
// rank 3 and the runoff splits them, they become 3 and 4, not 1 and 2.
import { setFocusAreaRanks } from "../../lib/board";
import type { Db } from "../platform/db/client";
import type { YjsServer } from "../boards/yjsServer";
import { log } from "../platform/log";
import type { RoundRow } from "./rounds";
import type { RankedResult } from "../../lib/contract/voting";

const keyOf = (i: { boardId: string; focusAreaId: string }) => `${i.boardId}/${i.focusAreaId}`;

/** Rank of the best of this round's areas in the latest earlier round that held them all, minus one. */
export async function runoffOffset(db: Db, round: RoundRow): Promise<number> {
  const earlier = await db.votingRound.findMany({
    where: { workshopId: round.workshopId, status: "revealed", createdAt: { lt: round.createdAt }, id: { not: round.id } },
    orderBy: { createdAt: "desc" },
    include: { items: true },
  });
  const mine = new Set(round.items.map(keyOf));
  for (const previous of earlier) {
    if (previous.items.length <= mine.size) continue;
    const shared = previous.items.filter((i) => mine.has(keyOf(i)));
    if (shared.length !== mine.size) continue;
    const ranks = shared.map((i) => i.rank).filter((r): r is number => r !== null);
    return ranks.length > 0 ? Math.min(...ranks) - 1 : 0;
  }
  return 0;
}

/** Returns the boards whose documents could not be updated (the ranks stay in the database). */
export async function writeRanks(db: Db, yjs: Pick<YjsServer, "changeBoardDoc">, round: RoundRow, ranking: readonly RankedResult[]): Promise<string[]> {
  const offset = await runoffOffset(db, round);
  const rankOf = new Map(ranking.map((r) => [r.id, r.rank + offset]));
  await db.$transaction(round.items.map((i) => db.votingItem.update({ where: { id: i.id }, data: { rank: rankOf.get(i.id) ?? null } })));
  const byBoard = new Map<string, { id: string; rank: number | null }[]>();
  for (const item of round.items) {
    const list = byBoard.get(item.boardId) ?? [];
    list.push({ id: item.focusAreaId, rank: rankOf.get(item.id) ?? null });
    byBoard.set(item.boardId, list);
  }
  const failed: string[] = [];
  for (const [boardId, ranks] of byBoard) {
    try {
      await yjs.changeBoardDoc(boardId, (doc) => setFocusAreaRanks(doc, ranks, "voting"));
    } catch (error) {
      log.error(`writing vote ranks to board ${boardId} failed`, error);
      failed.push(boardId);
    }
  }
  return failed;
}
