// Awareness (cursors, "who is here") changes many times a second per person. Forwarding each
// change to everyone is N² messages on a 300-person board; instead the room collects the
// clients that changed and sends one combined update to everyone per interval.
import type { Awareness } from "y-protocols/awareness";
import { awarenessUpdate } from "./messages";

export class AwarenessBatcher {
  private changed = new Set<number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly awareness: Awareness,
    private readonly send: (message: Uint8Array) => void,
    /** Interval in ms; 50 ms keeps cursors smooth to the eye at 20 updates a second. */
    private readonly intervalMs = 50,
  ) {}

  add(clients: Iterable<number>): void {
    for (const client of clients) this.changed.add(client);
    if (this.changed.size > 0 && !this.timer) this.timer = setTimeout(() => this.flush(), this.intervalMs);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.changed.size === 0) return;
    const clients = [...this.changed];
    this.changed.clear();
    this.send(awarenessUpdate(this.awareness, clients));
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.changed.clear();
  }
}
