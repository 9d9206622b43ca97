// The running process's pieces the follow-up services need, for route handlers and pages.
import { getConfig } from "../../platform/config";
import { getDb } from "../../platform/db/client";
import { getRuntime } from "../../realtime/runtime";
import type { OverviewContext } from "./overview";

export function followUpContext(): OverviewContext {
  const config = getConfig();
  const { yjs } = getRuntime();
  return { db: getDb(), readDoc: (boardId) => yjs.readBoardDoc(boardId), authSecret: config.authSecret, publicUrl: config.publicUrl };
}
