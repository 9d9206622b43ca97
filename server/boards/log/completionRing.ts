// Finished writes announced through shared memory, from the board-log worker to the server
// thread. The worker's reply message reaches the server thread only when its event loop gets
// round to the message port, after the socket reads already in hand: on a busy board that was
// several milliseconds after a half-millisecond write, and every acknowledgement waited for it.
// The server thread looks here whenever it is awake anyway (each incoming board message) and
// settles what is finished at once. The reply message still comes, for an idle thread and for
// errors; whichever arrives first settles the request.
//
// One producer (the worker) and one consumer (the server thread). Layout: an Int32 count of
// entries ever published, then `capacity` entries of two float64s (request id, row id).

const headerBytes = 8;

export function createCompletionBuffer(capacity = 1024): SharedArrayBuffer {
  return new SharedArrayBuffer(headerBytes + capacity * 2 * Float64Array.BYTES_PER_ELEMENT);
}

function views(buffer: SharedArrayBuffer) {
  const count = new Int32Array(buffer, 0, 1);
  const entries = new Float64Array(buffer, headerBytes);
  return { count, entries, capacity: entries.length / 2 };
}

/** The worker's side. */
export function completionPublisher(buffer: SharedArrayBuffer): (requestId: number, rowId: number) => void {
  const { count, entries, capacity } = views(buffer);
  return (requestId, rowId) => {
    const published = Atomics.load(count, 0);
    const slot = (published >>> 0) % capacity;
    entries[slot * 2] = requestId;
    entries[slot * 2 + 1] = rowId;
    // The atomic store orders the entry's writes before the count that makes it visible.
    Atomics.store(count, 0, (published + 1) | 0);
  };
}

/** The server thread's side: `take` visits every entry published since the last call. */
export function completionReader(buffer: SharedArrayBuffer): { take(visit: (requestId: number, rowId: number) => void): void } {
  const { count, entries, capacity } = views(buffer);
  let read = 0;
  return {
    take(visit) {
      const published = Atomics.load(count, 0);
      // The worker may be writing entry number `published` right now, into the slot of entry
      // `published - capacity`: only the newer capacity - 1 entries are safe to read. Older
      // ones are skipped; their reply messages are still on the way, so nothing is lost.
      if (((published - read) | 0) >= capacity) read = (published - capacity + 1) | 0;
      while (read !== published) {
        const slot = (read >>> 0) % capacity;
        const requestId = entries[slot * 2];
        const rowId = entries[slot * 2 + 1];
        // Still the entry we meant to read: the worker has not come round to its slot since.
        if (((Atomics.load(count, 0) - read) | 0) < capacity) visit(requestId, rowId);
        read = (read + 1) | 0;
      }
    },
  };
}
