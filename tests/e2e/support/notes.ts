// Writing a note the way a keyboard user does (N on the canvas, type, Escape), and reading
// which notes the server has stored: from its database, not from any browser's copy.
import { expect, type Page } from "@playwright/test";
import * as Y from "yjs";
import { readBoard } from "../../../lib/board";
import type { Db } from "../../../server/platform/db/client";
import { BoardPersistence } from "../../../server/boards/boardPersistence";

export async function writeNote(page: Page, text: string) {
  await page.getByTestId("board-canvas").focus();
  await page.keyboard.press("n");
  await expect(page.getByRole("textbox", { name: "Tekst på lappen" })).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press("Escape");
  await expect(page.locator("article", { hasText: text })).toBeVisible();
}

export async function notesOnServer(db: Db, boardId: string): Promise<string[]> {
  const doc = new Y.Doc();
  await new BoardPersistence(db, boardId).load(doc, null);
  return readBoard(doc).notes.map((n) => n.text);
}
