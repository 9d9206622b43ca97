// Short workshop codes that people read off a projector at the back of a room and type on
// their own laptops. Importable in the browser too (the join page normalises as you type),
// so nothing here may depend on node: modules.
import { z } from "zod";

/**
 * No character from a look-alike group appears at all (0/O/Q/D, 1/I/L/J, 2/Z, 5/S, 6/G, 8/B,
 * U/V): a code read from a far-away screen or a handwritten note then has only one reading.
 * 18 symbols, 6 places: about 34 million codes.
 */
export const JOIN_CODE_ALPHABET = "ACEFHKMNPRTWXY3479";
export const JOIN_CODE_LENGTH = 6;

/**
 * Characters that look like an alphabet symbol in other scripts or widths. NFKC folds
 * full-width forms (phones with CJK keyboards); Greek and Cyrillic capitals come from
 * keyboards switched to those layouts and from copy-paste of "stylised" text.
 */
const LOOK_ALIKES: Record<string, string> = {
  "А": "A", "Α": "A", // Cyrillic A, Greek Alpha
  "С": "C", "Ϲ": "C", // Cyrillic Es, Greek lunate sigma
  "Е": "E", "Ε": "E",
  "Н": "H", "Η": "H",
  "К": "K", "Κ": "K",
  "М": "M", "Μ": "M",
  "Ν": "N",
  "Р": "P", "Ρ": "P",
  "Т": "T", "Τ": "T",
  "Х": "X", "Χ": "X",
  "У": "Y", "Υ": "Y",
  "З": "3",
};

/** Spaces, hyphens and dashes people type or copy between the halves ("ACE-FHK"). */
const SEPARATORS = /[\s\-‐‑‒–—―−_.·]/g;

/** A random whole number in [0, maxExclusive). */
export type RandomInt = (maxExclusive: number) => number;

/**
 * Uniform random integers from the Web Crypto API, which both Node (>= 19) and browsers
 * expose as globalThis.crypto. Rejection sampling removes the modulo bias.
 */
export const cryptoRandomInt: RandomInt = (maxExclusive) => {
  if (!Number.isInteger(maxExclusive) || maxExclusive <= 0 || maxExclusive > 2 ** 32) {
    throw new RangeError("maxExclusive must be an integer in 1..2^32");
  }
  const limit = Math.floor(2 ** 32 / maxExclusive) * maxExclusive;
  const buffer = new Uint32Array(1);
  for (;;) {
    globalThis.crypto.getRandomValues(buffer);
    if (buffer[0] < limit) return buffer[0] % maxExclusive;
  }
};

export function generateJoinCode(random: RandomInt = cryptoRandomInt): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
    const index = random(JOIN_CODE_ALPHABET.length);
    if (!Number.isInteger(index) || index < 0 || index >= JOIN_CODE_ALPHABET.length) {
      throw new RangeError(`random source returned ${index}, outside 0..${JOIN_CODE_ALPHABET.length - 1}`);
    }
    code += JOIN_CODE_ALPHABET[index];
  }
  return code;
}

/**
 * Canonical form of what someone typed: upper case, no separators, look-alikes from other
 * scripts mapped to the symbol they resemble. It does not judge validity.
 */
export function normaliseJoinCode(input: string): string {
  const folded = input.normalize("NFKC").replace(SEPARATORS, "").toUpperCase();
  let out = "";
  for (const ch of folded) out += LOOK_ALIKES[ch] ?? ch;
  return out;
}

export type JoinCodeCheck =
  | { ok: true; code: string }
  | { ok: false; reason: "empty" | "wrongLength" | "invalidCharacter" };

/** Normalises and then checks, so the join page can say precisely what is wrong. */
export function checkJoinCode(input: string): JoinCodeCheck {
  const code = normaliseJoinCode(input);
  if (code.length === 0) return { ok: false, reason: "empty" };
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return { ok: false, reason: "invalidCharacter" };
  if (code.length !== JOIN_CODE_LENGTH) return { ok: false, reason: "wrongLength" };
  return { ok: true, code };
}

/** True only for a code already in canonical form (what the database stores). */
export function isJoinCode(code: string): boolean {
  if (code.length !== JOIN_CODE_LENGTH) return false;
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return false;
  return true;
}

/** "ACEFHK" → "ACE-FHK": two halves are easier to read aloud and to copy. */
export function formatJoinCode(code: string): string {
  const canonical = normaliseJoinCode(code);
  const half = Math.ceil(canonical.length / 2);
  if (canonical.length <= 3) return canonical;
  return `${canonical.slice(0, half)}-${canonical.slice(half)}`;
}

/** For HTTP bodies and socket payloads: accepts what a person typed, yields the canonical code. */
export const joinCodeSchema = z.string().max(64).transform((value, ctx) => {
  const result = checkJoinCode(value);
  if (result.ok) return result.code;
  ctx.addIssue({ code: "custom", message: result.reason, params: { reason: result.reason } });
  return z.NEVER;
});
