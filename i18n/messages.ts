// Messages are split per feature (messages/<locale>/<namespace>.json) so features can be
// worked on side by side; this module stitches them into one tree per locale, keyed by the
// file name. tests/unit/i18n-parity.test.ts fails when a key exists in one language only.
import fs from "node:fs";
import path from "node:path";
import type { Locale } from "./locales";

export type MessageTree = { [key: string]: string | MessageTree };

const cache = new Map<Locale, Record<string, MessageTree>>();

export function messagesDir(): string {
  return path.join(process.cwd(), "messages");
}

export function loadMessages(locale: Locale): Record<string, MessageTree> {
  const cached = cache.get(locale);
  if (cached && process.env.NODE_ENV === "production") return cached;
  const dir = path.join(messagesDir(), locale);
  const tree: Record<string, MessageTree> = {};
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    tree[file.slice(0, -".json".length)] = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  }
  cache.set(locale, tree);
  return tree;
}
