// Who is on a board and where their pointer is: the Yjs awareness state each client publishes.
// The board server accepts nothing else (server/boards/awarenessCheck.ts) and the UI reads other
// people's states through the same schema.
import { z } from "zod";
import { limits } from "./schema";

export const presenceKinds = ["facilitator", "participant", "observer"] as const;

export const presenceStateSchema = z
  .object({
    user: z
      .object({
        /** The participant id or the facilitator's user id; the server holds it to the connection's. */
        id: z.string().min(1).max(64),
        name: z.string().max(limits.title),
        organisation: z.string().max(limits.title),
        kind: z.enum(presenceKinds),
      })
      .strict()
      .optional(),
    /** Board coordinates of the pointer, or null when it is off the board. */
    cursor: z.object({ x: z.number().finite(), y: z.number().finite() }).strict().nullable().optional(),
  })
  .strict();

export type PresenceState = z.infer<typeof presenceStateSchema>;

export const presenceLimits = {
  /** Entries in one awareness message; a client sends its own (one). */
  entries: 8,
  /** Awareness client ids one connection may speak for. */
  clientsPerConnection: 4,
  /** Bytes of one state's JSON; a real one is about 200. */
  stateBytes: 4096,
} as const;
