import { z } from "zod";

/** Events without data accept no payload or an empty object, and nothing else. */
export const emptyInput = z.undefined().or(z.object({}).strict());

/** Ids are cuids; the bound keeps junk from reaching the database. */
export const idSchema = z.string().min(1).max(64);
