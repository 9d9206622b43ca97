// Serialises read-modify-write work per workshop inside one process, so two facilitators
// clicking at the same moment are applied one after the other instead of interleaving.
// Across several instances the conditional writes in roomTimer.ts still keep state whole;
// this only saves them from retrying.
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
