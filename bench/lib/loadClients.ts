// Simulated participants for the board benchmark. Each has its own Y.Doc for producing real
// board edits (lib/board helpers) and sends them over a raw WebSocket in y-websocket framing.
// Participants do not apply what they receive (that would measure the bench process, not the
// server); a few "watchers" read the Yjs client id and clock of every update they receive and
// look up when it was sent, which gives the propagation latency.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as Y from "yjs";
import { addNote, messageType, moveNotes, readDurableAck } from "../../lib/board";
import { participantIdOf } from "../../server/platform/auth/participantToken";

export interface LoadStats {
  propagation: number[];
  acks: number[];
  sent: number;
  /** With instance labels (bench:cluster): propagation from a sender on another instance. */
  cross?: number[];
}

/** When each edit was sent, and from which instance (the label, if any). */
const sentAt = new Map<string, { at: number; instance?: string }>();

function syncUpdate(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, messageType.sync);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

export class Participant {
  readonly doc = new Y.Doc();
  private ws: WebSocket;
  private noteId: string | null = null;
  private sentCount = 0;
  private sentTimes: number[] = [];
  private opened: Promise<void>;
  /** The participant id in the URL's token: a note must carry its author's id. */
  private readonly authorId: string | null;

  constructor(
    url: string,
    private readonly stats: LoadStats,
    private readonly watcher: boolean,
    /** The instance this participant is connected to, for telling same- from cross-instance. */
    private readonly instance?: string,
  ) {
    this.authorId = participantIdOf(new URL(url).searchParams.get("token") ?? "");
    this.ws = new WebSocket(url, { perMessageDeflate: false });
    this.ws.binaryType = "nodebuffer";
    this.opened = new Promise((resolve, reject) => {
      this.ws.once("open", () => resolve());
      this.ws.once("error", reject);
    });
    this.ws.on("message", (data: Buffer) => this.onMessage(data));
    this.doc.on("update", (update: Uint8Array) => {
      const now = performance.now();
      for (const [client, clock] of Y.parseUpdateMeta(update).to) sentAt.set(`${client}:${clock}`, { at: now, instance: this.instance });
      this.sentTimes.push(now);
      this.sentCount++;
      this.stats.sent++;
      this.ws.send(syncUpdate(update));
    });
  }

  ready(): Promise<void> {
    return this.opened;
  }

  edit(): void {
    if (!this.noteId) this.noteId = addNote(this.doc, { text: "bench", x: 0, y: 0, authorId: this.authorId });
    else moveNotes(this.doc, [{ id: this.noteId, x: Math.round(Math.random() * 2000), y: Math.round(Math.random() * 2000) }]);
  }

  private onMessage(data: Buffer): void {
    const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    const type = decoding.readVarUint(decoder);
    if (type === messageType.durableAck) {
      const { stored } = readDurableAck(decoder);
      // The server counts our update messages from 1; a bench participant sends nothing else.
      const at = performance.now();
      while (this.sentTimes.length > 0 && this.sentCount - this.sentTimes.length < stored) this.stats.acks.push(at - this.sentTimes.shift()!);
      return;
    }
    if (!this.watcher || type !== messageType.sync) return;
    const step = decoding.readVarUint(decoder);
    if (step !== 2) return;
    const now = performance.now();
    for (const [client, clock] of Y.parseUpdateMeta(decoding.readVarUint8Array(decoder)).to) {
      const sent = sentAt.get(`${client}:${clock}`);
      if (sent === undefined) continue;
      const cross = this.stats.cross && sent.instance !== undefined && sent.instance !== this.instance;
      (cross ? this.stats.cross! : this.stats.propagation).push(now - sent.at);
    }
  }

  close(): void {
    this.ws.terminate();
    this.doc.destroy();
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Opens participants 25 at a time (a burst of hundreds of upgrades at once is not a meeting). */
export async function connectAll(count: number, create: (i: number) => Participant): Promise<Participant[]> {
  const participants: Participant[] = [];
  for (let i = 0; i < count; i++) {
    participants.push(create(i));
    if (i % 25 === 24) await Promise.all(participants.slice(-25).map((p) => p.ready()));
  }
  await Promise.all(participants.map((p) => p.ready()));
  return participants;
}

/** One edit per second each, spread evenly over the second; returns a function that stops it. */
export function editEverySecond(participants: Participant[]): () => void {
  const stops = participants.map((p, i) => {
    let interval: NodeJS.Timeout | undefined;
    const start = setTimeout(() => {
      p.edit();
      interval = setInterval(() => p.edit(), 1000);
    }, (i * 1000) / participants.length);
    return () => (clearTimeout(start), clearInterval(interval));
  });
  return () => stops.forEach((stop) => stop());
}
