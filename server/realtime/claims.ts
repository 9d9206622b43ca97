// "Whichever instance gets there first does it": short claims in Redis for work that every
// instance may be about to do at the same moment, where doing it twice is a duplicate message
// and not doing it is a missed one (announcing a round's close, one vote-progress publish per
// window). Without Redis there is one process, and it always wins. If Redis is away the claim
// is granted too: a duplicate announcement is better than none. Decisions that must hold
// whatever Redis does are conditional writes in the database (votes, closes, locks, seats).
import { findRuntime } from "./runtime";

const prefix = "samla:claim:";

/** True for exactly one caller per `key` within `ttlMs` (while Redis is reachable). */
export async function claim(key: string, ttlMs: number): Promise<boolean> {
  const runtime = findRuntime();
  if (!runtime?.redis) return true;
  try {
    return (await runtime.redis.set(prefix + key, runtime.instanceId, "PX", ttlMs, "NX")) === "OK";
  } catch {
    return true;
  }
}

/** Gives a claim back before it expires, so the next caller may claim it at once. */
export async function release(key: string): Promise<void> {
  await findRuntime()
    ?.redis?.del(prefix + key)
    .catch(() => undefined);
}
