// The one rule for an id that crosses an edge (a socket payload, a URL, a board document, a
// form): 1 to 64 letters, digits, "-" or "_". Database ids are cuids and board ids are uuids,
// both inside it; the bound keeps junk from reaching the database or a board.
import { z } from "zod";

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isId(value: unknown): value is string {
  return typeof value === "string" && ID_PATTERN.test(value);
}

export const idSchema = z.string().regex(ID_PATTERN, "must be an id of letters, digits, - or _");
