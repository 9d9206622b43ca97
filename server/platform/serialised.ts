// Serialises read-modify-write work per workshop inside one process, so two facilitators
// clicking at the same moment are applied one after the other instead of interleaving.
// Across several instances the conditional writes in server/room/timer.ts still keep state whole;
// this only saves them from retrying. Work that has no such write (the last free seat,
// creating the room's boards, gathering) uses serialisedAcrossInstances.
import { dbFlavour, postgresLockPool, type Db } from "./db/client";

const tails = new Map<string, Promise<unknown>>();

export function serialised<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(work, work);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  // Forget the key once nothing waits behind this run, so the map does not grow per workshop.
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}

/** First key of the workshop-operation locks ("seri"); the second is the operation key's hash. */
const OPERATION_LOCK = 0x73657269;

/**
 * Like serialised, and on PostgreSQL also across instances: the work runs while this process
 * holds a session advisory lock on `key`, so two instances joining the last seat or gathering
 * the same tables at one moment take turns (docs/multi-instance.md). In-process turns come
 * first, so one process waits on the database with one connection per key at most, taken from
 * a pool of its own (server/platform/db/client.ts, postgresLockPool). On SQLite
 * there is one process: serialised alone is the rule.
 */
export function serialisedAcrossInstances<T>(db: Db, key: string, work: () => Promise<T>): Promise<T> {
  if (dbFlavour(db) === "sqlite") return serialised(key, work);
  return serialised(key, async () => {
    const client = await postgresLockPool(db).connect();
    let locked = false;
    try {
      await client.query("SELECT pg_advisory_lock($1::int4, hashtext($2))", [OPERATION_LOCK, key]);
      locked = true;
      return await work();
    } finally {
      let unlocked = !locked;
      if (locked) unlocked = await client.query("SELECT pg_advisory_unlock($1::int4, hashtext($2))", [OPERATION_LOCK, key]).then(() => true, () => false);
      // A connection whose unlock failed is closed rather than handed out with the lock held.
      client.release(unlocked ? undefined : true);
    }
  });
}
