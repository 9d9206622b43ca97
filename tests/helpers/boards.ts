// What the database holds for a board: every stored row applied in order, as an independent
// reader would (a row that does not apply is left out, which the caller's checks will notice).
import * as Y from "yjs";
import type { Db } from "../../server/platform/db/client";

export async function storedBoardDoc(db: Db, boardId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const row of await db.boardUpdate.findMany({ where: { boardId }, orderBy: { id: "asc" } })) {
    try {
      Y.applyUpdate(doc, row.data);
    } catch {
      // not readable: absent from what this reader sees
    }
  }
  return doc;
}
