// npm run bench:presence [-- --participants=300 --interval=20 --reconnects=30 --tables=30 --profile=<dir>]
// (--profile writes a V8 CPU profile of the server process into <dir>)
// A join storm on the real server (SQLite): N participants join by code over HTTP and open
// their socket.io connection one after another (one arrival every --interval ms, not waiting
// for the previous one), then --reconnects of them drop and come back. Prints, per stage, the
// server's CPU time, what the clients received (messages and bytes, per event), how long a
// joiner waits for its first room view (which already counts it online) and until the
// facilitator sees its name, and the round trip of time:sync probes sent meanwhile (the
// server's event-loop delay as a client feels it). Loopback only, bounded in time.
import path from "node:path";
import { io, type Socket } from "socket.io-client";
import { createDb } from "../server/platform/db/client";
import type { RoomState } from "../lib/contract/room";
import { startServer } from "../tests/helpers/server";
import { signUpAndIn } from "../tests/helpers/auth";
import { percentile } from "./lib/loadClients";
import { cpuSeconds } from "./lib/processStats";

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")));
const participants = Number(args.participants ?? 300);
const intervalMs = Number(args.interval ?? 20);
const reconnects = Math.min(participants, Number(args.reconnects ?? 30));
const tableCount = Number(args.tables ?? 30);
const CODE = "KMNPRT";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Traffic {
  messages: number;
  bytes: number;
  byEvent: Map<string, { messages: number; bytes: number }>;
}
const traffic: Traffic = { messages: 0, bytes: 0, byEvent: new Map() };

function count(data: unknown): void {
  const text = typeof data === "string" ? data : "";
  const bytes = typeof data === "string" ? Buffer.byteLength(data) : (data as ArrayBuffer).byteLength;
  const event = /^[25]\d*\["([^"]+)"/.exec(text)?.[1] ?? (text.startsWith("3") ? "(ack)" : "(other)");
  traffic.messages++;
  traffic.bytes += bytes;
  const entry = traffic.byEvent.get(event) ?? { messages: 0, bytes: 0 };
  entry.messages++;
  entry.bytes += bytes;
  traffic.byEvent.set(event, entry);
}

interface Client {
  socket: Socket;
  state: RoomState | null;
  firstState: Promise<void>;
}

/** A socket.io client that counts every engine.io message it receives and keeps its room view. */
function connect(url: string, workshopId: string, auth: { token?: string; cookie?: string }): Promise<Client> {
  const socket = io(url, {
    path: "/socket.io",
    auth: { workshopId, ...(auth.token ? { token: auth.token } : {}) },
    extraHeaders: auth.cookie ? { cookie: auth.cookie } : undefined,
    transports: ["websocket"],
    reconnection: false,
    forceNew: true,
  });
  socket.io.on("open", () => socket.io.engine.on("packet", (p: { type: string; data?: unknown }) => p.type === "message" && count(p.data)));
  let seen: () => void = () => undefined;
  const client: Client = { socket, state: null, firstState: new Promise((r) => (seen = r)) };
  socket.on("room:state", (s: RoomState) => {
    client.state = s;
    seen();
  });
  socket.on("room:presence", (p: Pick<RoomState, "counts" | "tables">) => {
    if (client.state) client.state = { ...client.state, ...p };
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("socket connect timed out")), 30_000);
    socket.once("connect", () => {
      clearTimeout(timer);
      resolve(client);
    });
    socket.once("connect_error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

async function eventually(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** Round trips of time:sync every 50 ms until stopped: what a click waits behind. */
function probe(socket: Socket): { stop(): Promise<number[]> } {
  const rtts: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const sent = performance.now();
      await socket.timeout(30_000).emitWithAck("time:sync");
      rtts.push(performance.now() - sent);
      await sleep(50);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return rtts;
    },
  };
}

function report(stage: string, figures: { cpu: number; elapsed: number; self: number[]; seen: number[]; rtts: number[]; before: Traffic }) {
  const ms = (values: number[], q: number) => percentile(values, q).toFixed(0).padStart(5);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  console.log(`  ${stage}`);
  console.log(`    server CPU          ${figures.cpu.toFixed(2)} s over ${(figures.elapsed / 1000).toFixed(1)} s`);
  console.log(`    received by clients ${traffic.messages - figures.before.messages} messages, ${kb(traffic.bytes - figures.before.bytes)}`);
  for (const [event, entry] of [...traffic.byEvent].sort((a, b) => b[1].bytes - a[1].bytes)) {
    const was = figures.before.byEvent.get(event) ?? { messages: 0, bytes: 0 };
    if (entry.messages === was.messages) continue;
    console.log(`      ${event.padEnd(17)} ${String(entry.messages - was.messages).padStart(7)} messages ${kb(entry.bytes - was.bytes).padStart(10)}`);
  }
  console.log(`    own first view ms   p50 ${ms(figures.self, 50)}  p95 ${ms(figures.self, 95)}  max ${ms(figures.self, 100)}`);
  console.log(`    seen by facilitator p50 ${ms(figures.seen, 50)}  p95 ${ms(figures.seen, 95)}  max ${ms(figures.seen, 100)}`);
  console.log(`    time:sync rtt ms    p50 ${ms(figures.rtts, 50)}  p95 ${ms(figures.rtts, 95)}  max ${ms(figures.rtts, 100)}  (${figures.rtts.length} probes)`);
}

function snapshotTraffic(): Traffic {
  return { messages: traffic.messages, bytes: traffic.bytes, byEvent: new Map([...traffic.byEvent].map(([k, v]) => [k, { ...v }])) };
}

async function main() {
  const server = await startServer({
    env: { SIGNUP_OPEN: "true" },
    nodeArgs: args.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(args.profile)}`] : [],
  });
  const db = createDb(server.databaseUrl);
  const clients: Client[] = [];
  try {
    const facilitator = await signUpAndIn(server.url, { name: "Bench", email: "bench@example.no", password: "et langt og trygt passord" });
    const owner = await db.user.findUniqueOrThrow({ where: { email: "bench@example.no" } });
    const orgs = ["Trondheim kommune", "Malvik kommune", "Melhus kommune", "Skaun kommune", "St. Olavs hospital HF", "Trøndelag fylkeskommune", "Frivilligsentralen"];
    const workshop = await db.workshop.create({
      data: {
        title: "Folkehelse 2030",
        method: "searchConference",
        joinCode: CODE,
        status: "open",
        ownerId: owner.id,
        organisations: { create: orgs.map((name, position) => ({ name, sector: "kommune", position })) },
        phases: {
          create: [
            { position: 0, kind: "futureImage", title: "Ønsket framtid", prompt: "Hvordan ser folkehelsa ut i 2030 når vi har lykkes?", groupMode: "mixed", timeboxMinutes: 30 },
            { position: 1, kind: "obstacles", title: "Hindringer", prompt: "Hva står i veien?", groupMode: "mixed", timeboxMinutes: 30 },
            { position: 2, kind: "prioritising", title: "Prioritering", prompt: "Fordel prikkene dine.", groupMode: "plenary" },
          ],
        },
        tables: { create: Array.from({ length: tableCount }, (_, i) => ({ name: `Bord ${i + 1}`, position: i })) },
      },
    });
    const workshopId = workshop.id;
    const fac = await connect(server.url, workshopId, { token: facilitator.sessionToken });
    const probeSocket = await connect(server.url, workshopId, { token: facilitator.sessionToken });
    clients.push(fac, probeSocket);
    await fac.firstState;
    // Arrivals wait for their name in the facilitator's view; checked once per update the
    // facilitator receives, not polled by each arrival (that would load the bench, not the server).
    const waiting = new Map<string, () => void>();
    const checkSeen = () => {
      if (waiting.size === 0) return;
      for (const name of fac.state?.tables.flatMap((t) => t.onlineNames ?? []) ?? []) {
        waiting.get(name)?.();
        waiting.delete(name);
      }
    };
    fac.socket.on("room:state", checkSeen);
    fac.socket.on("room:presence", checkSeen);
    const seenByFacilitator = (name: string) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${name} not seen by the facilitator`)), 60_000);
        waiting.set(name, () => {
          clearTimeout(timer);
          resolve();
        });
        checkSeen();
      });
    console.log(`bench:presence  ${participants} participants at ${tableCount} tables, one arrival every ${intervalMs} ms, then ${reconnects} reconnects; SQLite`);

    // Stage 1: the join storm.
    const people: { name: string; cookie: string; client?: Client }[] = [];
    let before = snapshotTraffic();
    let cpu0 = cpuSeconds(server.child.pid!);
    let t0 = performance.now();
    let self: number[] = [];
    let seen: number[] = [];
    let probing = probe(probeSocket.socket);
    const arrivals: Promise<void>[] = [];
    for (let i = 0; i < participants; i++) {
      arrivals.push(
        (async () => {
          const started = performance.now();
          const name = `Deltaker ${i + 1}`;
          const res = await fetch(`${server.url}/api/join`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ code: CODE, displayName: name, organisation: orgs[i % orgs.length], sector: "kommune" }),
          });
          if (!res.ok) throw new Error(`join ${i} failed: ${res.status} ${await res.text()}`);
          const person = { name, cookie: res.headers.getSetCookie()[0].split(";")[0] } as (typeof people)[number];
          people[i] = person;
          person.client = await connect(server.url, workshopId, { cookie: person.cookie });
          clients.push(person.client);
          const connected = performance.now();
          await person.client.firstState;
          self.push(performance.now() - started);
          await seenByFacilitator(name);
          seen.push(performance.now() - connected);
        })(),
      );
      await sleep(intervalMs);
    }
    await Promise.all(arrivals);
    let rtts = await probing.stop();
    await eventually(() => fac.state?.counts.online === participants, 30_000, "everyone online");
    await sleep(1000); // trailing publishes land before the figures are taken
    report(`join storm: ${participants} joins`, { cpu: cpuSeconds(server.child.pid!) - cpu0, elapsed: performance.now() - t0, self, seen, rtts, before });

    // Stage 2: some drop and come back (wifi hiccups), one after another.
    before = snapshotTraffic();
    cpu0 = cpuSeconds(server.child.pid!);
    t0 = performance.now();
    self = [];
    seen = [];
    probing = probe(probeSocket.socket);
    const movers = people.filter((_, i) => i % Math.max(1, Math.floor(participants / reconnects)) === 0).slice(0, reconnects);
    for (const person of movers) person.client!.socket.disconnect();
    await eventually(() => fac.state?.counts.online === participants - movers.length, 30_000, "drops seen");
    const returns: Promise<void>[] = [];
    for (const person of movers) {
      returns.push(
        (async () => {
          const started = performance.now();
          person.client = await connect(server.url, workshopId, { cookie: person.cookie });
          clients.push(person.client);
          const connected = performance.now();
          await person.client.firstState;
          self.push(performance.now() - started);
          await seenByFacilitator(person.name);
          seen.push(performance.now() - connected);
        })(),
      );
      await sleep(intervalMs);
    }
    await Promise.all(returns);
    rtts = await probing.stop();
    await eventually(() => fac.state?.counts.online === participants, 30_000, "everyone back");
    await sleep(1000);
    report(`${movers.length} disconnects, then ${movers.length} reconnects`, { cpu: cpuSeconds(server.child.pid!) - cpu0, elapsed: performance.now() - t0, self, seen, rtts, before });
  } finally {
    for (const c of clients) c.socket.disconnect();
    await db.$disconnect();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
