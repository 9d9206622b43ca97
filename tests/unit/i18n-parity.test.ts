// Bokmål and English must be complete: every message key exists in both languages, and
// every placeholder used in one is used in the other.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/locales";
import { loadMessages, type MessageTree } from "@/i18n/messages";

function flatten(tree: MessageTree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(name, value);
    else for (const [k, v] of flatten(value, name)) out.set(k, v);
  }
  return out;
}

/** Top-level argument names of an ICU message ({name}, {count, plural, …}). */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === "{") {
      if (depth % 2 === 0) {
        const match = /^\{\s*([A-Za-z0-9_]+)/.exec(message.slice(i));
        if (match) names.add(match[1]);
      }
      depth++;
    } else if (message[i] === "}") depth--;
  }
  return [...names].sort();
}

const flat = Object.fromEntries(locales.map((l) => [l, flatten(loadMessages(l) as MessageTree)])) as Record<(typeof locales)[number], Map<string, string>>;

describe("message catalogues", () => {
  it("have the same namespace files in every language", () => {
    const files = locales.map((l) => fs.readdirSync(path.join(process.cwd(), "messages", l)).sort());
    for (const f of files) expect(f).toEqual(files[0]);
  });

  it("have every key in both bokmål and English", () => {
    const nb = [...flat.nb.keys()].sort();
    const en = [...flat.en.keys()].sort();
    expect(nb.filter((k) => !flat.en.has(k)), "keys missing in English").toEqual([]);
    expect(en.filter((k) => !flat.nb.has(k)), "keys missing in bokmål").toEqual([]);
  });

  it("use the same placeholders in both languages", () => {
    const mismatches = [...flat.nb.entries()]
      .filter(([key, text]) => flat.en.has(key) && argumentsOf(text).join() !== argumentsOf(flat.en.get(key)!).join())
      .map(([key]) => key);
    expect(mismatches).toEqual([]);
  });

  it("have no empty messages", () => {
    for (const locale of locales) expect([...flat[locale].entries()].filter(([, v]) => v.trim() === "").map(([k]) => k)).toEqual([]);
  });
});
