// Three Samla instances on one PostgreSQL and one Redis behind a real HAProxy (configured from
// docs/deploy/haproxy.cfg), with real y-websocket and socket.io clients. A client is pinned to
// an instance the way a browser is: through the load balancer, with HAProxy's instance cookie.
// See docs/multi-instance.md for the design these check.
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { io as connectSocket, type Socket } from "socket.io-client";
import type * as decoding from "lib0/decoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addNote, messageType, readBoard, readDurableAck } from "@/lib/board";
import { eventually, synced } from "@/bench/lib/clients";
import { seedBoard, type BoardFixture } from "@/bench/lib/boardFixture";
import { createDb, type Db } from "@/server/platform/db/client";
import { participantIdOf } from "@/server/platform/auth/participantToken";
import { startCluster, type Cluster } from "../helpers/cluster";
import { requirePostgresInCi } from "../helpers/postgres";
import { requireRedisInCi } from "../helpers/redis";
import { requireLoadBalancerInCi } from "../helpers/loadBalancer";
import { signUpAndIn } from "../helpers/auth";
import { roundItems, seedVoting, type Ack } from "./votingFixture";

const run = requirePostgresInCi() && requireRedisInCi() && requireLoadBalancerInCi();
let cluster: Cluster;
let db: Db;
let fx: BoardFixture;
const cleanups: Array<() => void> = [];

interface Participant {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** The participant id in the token: what this participant's notes carry as authorId. */
  authorId: string | null;
  /** Notes this participant made, with the clock each needed to count as stored. */
  made: Array<{ id: string; clock: number }>;
  /** Highest clock of this participant's edits the server said is in PostgreSQL. */
  storedClock: number;
  note(text: string): string;
  acked(): string[];
}

/** A y-websocket client through the load balancer, pinned to instance `n` (1-based). */
function participant(n: number, token: string): Participant {
  const cookie = `samla_instance=samla${n}`;
  class PinnedWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${cluster.url.replace(/^http/, "ws")}/yjs`, fx.boardId, doc, {
    WebSocketPolyfill: PinnedWebSocket as unknown as typeof globalThis.WebSocket,
    params: { token, acks: "1" },
    disableBc: true,
    maxBackoffTime: 300,
  });
  const p: Participant = {
    doc,
    provider,
    authorId: participantIdOf(token),
    made: [],
    storedClock: 0,
    note(text) {
      const id = addNote(doc, { text, x: p.made.length * 10, y: n * 100, authorId: p.authorId });
      p.made.push({ id, clock: Y.getState(doc.store, doc.clientID) });
      return id;
    },
    acked: () => p.made.filter((m) => m.clock <= p.storedClock).map((m) => m.id),
  };
  provider.messageHandlers[messageType.durableAck] = (_e: unknown, decoder: decoding.Decoder) => {
    const ack = readDurableAck(decoder);
    p.storedClock = Math.max(p.storedClock, ack.clocks.get(doc.clientID) ?? 0);
  };
  cleanups.push(() => {
    provider.destroy();
    doc.destroy();
  });
  return p;
}

/** A socket.io client through the load balancer, pinned to instance `n`. */
function roomSocket(n: number, auth: { token?: string; cookie?: string }, workshopId = fx.workshopId): Promise<Socket & { phases: Array<string | null> }> {
  const socket = connectSocket(cluster.url, {
    path: "/socket.io",
    transports: ["websocket"],
    auth: { workshopId, ...(auth.token ? { token: auth.token } : {}) },
    extraHeaders: { cookie: [`samla_instance=samla${n}`, auth.cookie].filter(Boolean).join("; ") },
  }) as Socket & { phases: Array<string | null> };
  socket.phases = [];
  socket.on("room:state", (state: { currentPhaseId: string | null }) => socket.phases.push(state.currentPhaseId));
  cleanups.push(() => socket.disconnect());
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

const emit = (socket: Socket, event: string, payload?: unknown) => socket.timeout(30_000).emitWithAck(event, ...(payload === undefined ? [] : [payload])) as Promise<Ack>;

/** The board as PostgreSQL holds it: every row applied to a fresh document. */
async function storedNotes(): Promise<Set<string>> {
  const doc = new Y.Doc();
  for (const row of await db.boardUpdate.findMany({ where: { boardId: fx.boardId }, orderBy: { id: "asc" } })) Y.applyUpdate(doc, row.data);
  return new Set(readBoard(doc).notes.map((n) => n.id));
}

const noteIds = (p: Participant) => new Set(readBoard(p.doc).notes.map((n) => n.id));

beforeAll(async () => {
  // Small compaction threshold: on a busy board every instance compacts often, and at once.
  cluster = await startCluster({ instances: 3, database: "samla_cluster_test", env: { YJS_COMPACT_AFTER: "8" } });
  db = createDb(cluster.databaseUrl);
  fx = await seedBoard(db, cluster.authSecret, 6);
}, 240_000);

afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await db?.$disconnect();
  await cluster?.stop();
}, 60_000);

describe.runIf(run)("three instances behind HAProxy", () => {
  it("participants on different instances see each other's notes and the facilitator's phase change live", async () => {
    const phases = await db.workshop.update({
      where: { id: fx.workshopId },
      data: { phases: { create: [{ position: 0, kind: "futureImage", title: "Ønsket framtid", prompt: "", groupMode: "plenary" }, { position: 1, kind: "obstacles", title: "Hindringer", prompt: "", groupMode: "plenary" }] } },
      include: { phases: { orderBy: { position: "asc" } } },
    });
    // The facilitator signs in through the load balancer and is made the workshop's owner.
    const facilitator = await signUpAndIn(cluster.url, { name: "Fanny", email: "fanny-cluster@example.no", password: "et langt og trygt passord" });
    const user = await db.user.findUniqueOrThrow({ where: { email: "fanny-cluster@example.no" } });
    await db.workshop.update({ where: { id: fx.workshopId }, data: { ownerId: user.id } });

    const a = participant(1, fx.tokens[0]);
    const b = participant(2, fx.tokens[1]);
    await Promise.all([synced({ ...a, destroy: () => undefined }), synced({ ...b, destroy: () => undefined })]);
    const fromA = a.note("Fra instans 1");
    await eventually(() => noteIds(b).has(fromA), 5_000, "B (instance 2) sees A's note");
    const fromB = b.note("Fra instans 2");
    await eventually(() => noteIds(a).has(fromB), 5_000, "A (instance 1) sees B's note");

    const fac = await roomSocket(3, { token: facilitator.sessionToken });
    const ola = await roomSocket(1, { token: fx.tokens[0] });
    const kari = await roomSocket(2, { token: fx.tokens[1] });
    const ack = await fac.timeout(10_000).emitWithAck("phase:set", { phaseId: phases.phases[1].id });
    expect(ack).toMatchObject({ ok: true });
    await eventually(() => ola.phases.at(-1) === phases.phases[1].id && kari.phases.at(-1) === phases.phases[1].id, 5_000, "the phase reached both instances");
  });

  it("two instances compacting one busy board at once lose nothing", async () => {
    const a = participant(1, fx.tokens[2]);
    const b = participant(2, fx.tokens[3]);
    await Promise.all([synced({ ...a, destroy: () => undefined }), synced({ ...b, destroy: () => undefined })]);
    // Both write as fast as they can; with YJS_COMPACT_AFTER=8 both instances compact again
    // and again, each deleting only the rows it holds, under the board's advisory lock.
    for (let i = 0; i < 120; i++) {
      a.note(`A ${i}`);
      b.note(`B ${i}`);
      if (i % 10 === 0) await new Promise((r) => setTimeout(r, 20));
    }
    await eventually(() => a.acked().length === 120 && b.acked().length === 120, 20_000, "every note acknowledged");
    const stored = await storedNotes();
    for (const id of [...a.acked(), ...b.acked()]) expect(stored.has(id), `acknowledged note ${id} in PostgreSQL`).toBe(true);
    await eventually(() => noteIds(a).size === noteIds(b).size && noteIds(b).size >= stored.size, 10_000, "both copies converge");
    // Compaction did run: far fewer rows than the ~240 writes.
    expect(await db.boardUpdate.count({ where: { boardId: fx.boardId } })).toBeLessThan(60);
  });

  it("SIGKILL of an instance mid-stream: every acknowledged note survives, its clients carry on elsewhere", async () => {
    const a = participant(1, fx.tokens[4]);
    const b = participant(2, fx.tokens[5]);
    await Promise.all([synced({ ...a, destroy: () => undefined }), synced({ ...b, destroy: () => undefined })]);
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        a.note(`før og etter ${i}`);
        await new Promise((r) => setTimeout(r, 15));
      }
    })();
    await eventually(() => a.acked().length >= 20, 10_000, "A writing and acknowledged");
    await cluster.instances[0].kill();
    const ackedBeforeKill = a.acked();
    // A's provider reconnects through HAProxy, which sends it to a live instance.
    await eventually(() => a.acked().length >= ackedBeforeKill.length + 20, 20_000, "A acknowledged again through another instance");
    writing = false;
    await writer;
    await eventually(() => a.acked().length === a.made.length, 15_000, "all of A's notes acknowledged");
    const stored = await storedNotes();
    for (const id of a.acked()) expect(stored.has(id), `acknowledged note ${id} in PostgreSQL`).toBe(true);
    await eventually(() => a.made.every((m) => noteIds(b).has(m.id)), 15_000, "B sees every note A made");
    await cluster.restartInstance(0);
  }, 120_000);

  it("SIGTERM drains an instance: not ready at once, its clients reconnect elsewhere and nothing acknowledged is lost", async () => {
    const a = participant(3, fx.tokens[2]);
    const watcher = participant(2, fx.tokens[3]);
    const room = await roomSocket(3, { token: fx.tokens[2] });
    let roomReconnected = false;
    room.io.on("reconnect", () => (roomReconnected = true));
    await Promise.all([synced({ ...a, destroy: () => undefined }), synced({ ...watcher, destroy: () => undefined })]);
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        a.note(`drenering ${i}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    await eventually(() => a.acked().length >= 10, 10_000, "A writing through instance 3");
    const draining = cluster.instances[2];
    const exited = new Promise<number | null>((resolve) => draining.child.once("exit", resolve));
    draining.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 200));
    expect((await fetch(`${draining.url}/api/ready`)).status).toBe(503);
    expect(await exited, draining.output()).toBe(0);
    const ackedAtExit = a.acked().length;
    await eventually(() => a.acked().length >= ackedAtExit + 10, 20_000, "A acknowledged again through another instance");
    await eventually(() => roomReconnected, 20_000, "the room socket reconnected (it was told to, not removed)");
    writing = false;
    await writer;
    await eventually(() => a.acked().length === a.made.length, 15_000, "all of A's notes acknowledged");
    const stored = await storedNotes();
    for (const id of a.acked()) expect(stored.has(id)).toBe(true);
    await eventually(() => a.made.every((m) => noteIds(watcher).has(m.id)), 15_000, "the watcher on instance 2 sees them all");
    await cluster.restartInstance(2);
  }, 120_000);

  it("Redis restarts mid-meeting: nothing acknowledged is lost, the relay resumes within 5 s, copies converge", async () => {
    const a = participant(1, fx.tokens[0]);
    const b = participant(3, fx.tokens[1]);
    await Promise.all([synced({ ...a, destroy: () => undefined }), synced({ ...b, destroy: () => undefined })]);
    a.note("før omstart");
    await eventually(() => a.acked().length === 1, 5_000, "stored before the restart");
    // A writes throughout: before, while Redis is down, and after.
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        a.note(`gjennom omstart ${i}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    await cluster.redis.restart({ downMs: 500 });
    const back = Date.now();
    // The first note written once Redis is back reaches B within 5 s: live, or through the
    // catch-up every instance runs when its Redis connections are ready again (the periodic
    // one is 15 s, too late to count here).
    const afterRestart = a.note("etter omstart");
    await eventually(() => noteIds(b).has(afterRestart), 20_000, "B sees the first note written after the restart");
    expect(Date.now() - back, "relay resumed within 5 s of Redis being back").toBeLessThan(5_000);
    writing = false;
    await writer;
    await eventually(() => a.acked().length === a.made.length, 10_000, "all acknowledged");
    const stored = await storedNotes();
    for (const id of a.acked()) expect(stored.has(id)).toBe(true);
    await eventually(() => [...stored].every((id) => noteIds(a).has(id) && noteIds(b).has(id)), 20_000, "every copy holds what PostgreSQL holds");
  }, 90_000);

  it("a vote storm with each participant's two tabs on different instances keeps totals exact; the closing time is announced once", async () => {
    const session = await signUpAndIn(cluster.url, { name: "Vera", email: "vera-cluster@example.no", password: "et langt og trygt passord" });
    const fixture = await seedVoting(db, cluster.authSecret, { ownerEmail: "vera-cluster@example.no", participants: 20, areas: ["Psykisk helse", "Bolig", "Skole", "Arbeid"] });
    // The facilitator and a screen on every instance: each instance schedules the closing time.
    const screens = await Promise.all([1, 2, 3].map((n) => roomSocket(n, { token: session.sessionToken }, fixture.workshopId)));
    const closedHeard = new Map<string, number[]>();
    screens.forEach((screen, i) =>
      screen.on("vote:round", (heard: { id: string; status: string }) => {
        if (heard.status !== "closed") return;
        const counts = closedHeard.get(heard.id) ?? [0, 0, 0];
        counts[i]++;
        closedHeard.set(heard.id, counts);
      }),
    );
    const openRound = async (closesAt: number | null) => {
      const open = await emit(screens[0], "vote:open", { title: "Storm", items: roundItems(fixture), settings: { budget: 3, maxPerItem: 2, anonymous: true, showLive: false, closesAt } });
      expect(open).toMatchObject({ ok: true });
      return (open as unknown as { round: { id: string; items: { id: string }[] } }).round;
    };
    const round = await openRound(null);
    const ids = round.items.map((i) => i.id);

    let accepted = 0;
    const refusals = new Set<string>();
    await Promise.all(
      fixture.participants.map(async (p, n) => {
        // Tab one on instance 1 or 2, tab two on the other; both fire without waiting.
        const [a, b] = await Promise.all([roomSocket(1 + (n % 2), { token: p.token }, fixture.workshopId), roomSocket(2 - (n % 2), { token: p.token }, fixture.workshopId)]);
        const sends: Promise<Ack>[] = [];
        for (let i = 0; i < 3; i++) sends.push(emit(a, "vote:cast", { roundId: round.id, itemId: ids[0] }), emit(b, "vote:cast", { roundId: round.id, itemId: ids[0] }));
        for (let i = 0; i < 2; i++) sends.push(emit(a, "vote:cast", { roundId: round.id, itemId: ids[1] }), emit(b, "vote:cast", { roundId: round.id, itemId: ids[2 + (i % 2)] }));
        for (const ack of await Promise.all(sends)) {
          if (ack.ok) accepted++;
          else refusals.add(ack.code);
        }
      }),
    );
    expect([...refusals].filter((c) => c !== "budgetSpent" && c !== "itemCapReached")).toEqual([]);
    expect(accepted).toBe(20 * 3);
    const rows = await db.ballotItem.findMany({ where: { roundId: round.id } });
    const spent = new Map<string, number>();
    for (const row of rows) spent.set(row.participantId, (spent.get(row.participantId) ?? 0) + row.dots);
    expect([...spent.values()]).toEqual(Array(20).fill(3));
    expect(rows.every((r) => r.dots <= 2)).toBe(true);

    expect(await emit(screens[0], "vote:close", { roundId: round.id })).toMatchObject({ ok: true });
    const items = await db.votingItem.findMany({ where: { roundId: round.id } });
    expect(items.reduce((sum, i) => sum + i.dots, 0)).toBe(60);

    // A round with a closing time, seen from a screen on every instance (each then schedules
    // the close): when the time passes, one instance announces it, once, to every screen.
    const closesAt = Date.now() + 3_000;
    const timed = await openRound(closesAt);
    for (const screen of screens) expect(await emit(screen, "vote:sync")).toMatchObject({ ok: true });
    await new Promise((r) => setTimeout(r, closesAt - Date.now() + 3_000));
    expect(closedHeard.get(timed.id)).toEqual([1, 1, 1]);
  }, 90_000);
});
