// What the database holds for a board, read the way the server loads it (server/yjs/storedUpdate.ts).
import * as Y from "yjs";
import type { Db } from "../../server/db/client";
import { readStoredUpdate } from "../../server/yjs/storedUpdate";

export async function storedBoardDoc(db: Db, boardId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const row of await db.boardUpdate.findMany({ where: { boardId }, orderBy: { id: "asc" } })) {
    const stored = readStoredUpdate(row.data);
    if (stored.ok) Y.applyUpdate(doc, stored.update);
  }
  return doc;
}
