// Presence in a full room, against the real server: 40 participants join by code and open
// their sockets in waves. Everyone ends up seeing everyone online; participants never receive
// names (only facilitators do); and a join costs each connected client one small presence
// message per batch, the same size whatever the room's size, instead of a full per-socket
// view per join (which made a storm of N joins cost N² messages).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { io as connectSocket, type Socket } from "socket.io-client";
import { eventually } from "@/bench/lib/clients";
import { createDb, type Db } from "@/server/platform/db/client";
import type { RoomPresence, RoomState } from "@/lib/contract/room";
import { startServer, type RunningServer } from "../helpers/server";
import { signUpAndIn } from "../helpers/auth";

const CODE = "KMNPRT";
const PARTICIPANTS = 40;
const WAVE = 10;

let server: RunningServer;
let db: Db;
let workshopId: string;
let sessionToken: string;
const sockets: Socket[] = [];

interface Frame {
  event: string;
  bytes: number;
  text: string;
}

interface Client {
  name: string | null;
  socket: Socket;
  frames: Frame[];
  state: RoomState | null;
}

/** A socket.io client that keeps every frame it receives and merges presence as useRoom does. */
function connect(auth: { cookie?: string; token?: string }, name: string | null = null): Promise<Client> {
  const socket = connectSocket(server.url, {
    path: "/socket.io",
    transports: ["websocket"],
    reconnection: false,
    forceNew: true,
    auth: { workshopId, ...(auth.token ? { token: auth.token } : {}) },
    extraHeaders: auth.cookie ? { cookie: auth.cookie } : undefined,
  });
  sockets.push(socket);
  const client: Client = { name, socket, frames: [], state: null };
  // Engine-level: every message as it came over the wire, acks included.
  socket.io.on("open", () =>
    socket.io.engine.on("packet", (p: { type: string; data?: unknown }) => {
      if (p.type !== "message" || typeof p.data !== "string") return;
      client.frames.push({ event: /^2\["([^"]+)"/.exec(p.data)?.[1] ?? "(other)", bytes: Buffer.byteLength(p.data), text: p.data });
    }),
  );
  socket.on("room:state", (s: RoomState) => (client.state = s));
  socket.on("room:presence", (p: RoomPresence) => {
    if (client.state) client.state = { ...client.state, counts: p.counts, tables: p.tables };
  });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(client));
    socket.once("connect_error", reject);
  });
}

async function join(i: number): Promise<Client> {
  const name = `Deltaker ${String(i + 1).padStart(2, "0")}`;
  const res = await fetch(`${server.url}/api/join`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code: CODE, displayName: name, organisation: i % 2 ? "Aske kommune" : "Helse Vest", sector: "kommune" }),
  });
  expect(res.status).toBe(201);
  return connect({ cookie: res.headers.getSetCookie()[0].split(";")[0] }, name);
}

const framesOf = (c: Client, event: string) => c.frames.filter((f) => f.event === event);

let facilitator: Client;
const people: Client[] = [];

beforeAll(async () => {
  server = await startServer({ env: { SIGNUP_OPEN: "true" } });
  db = createDb(server.databaseUrl);
  sessionToken = (await signUpAndIn(server.url, { name: "Lise Leder", email: "lise@example.no", password: "et langt passord her" })).sessionToken;
  const owner = await db.user.findUniqueOrThrow({ where: { email: "lise@example.no" } });
  const workshop = await db.workshop.create({
    data: {
      title: "Folkehelse i Vesterdalen",
      method: "searchConference",
      joinCode: CODE,
      status: "open",
      ownerId: owner.id,
      organisations: { create: [{ name: "Aske kommune", sector: "kommune", position: 0 }, { name: "Helse Vest", sector: "helseforetak", position: 1 }] },
      phases: { create: [{ position: 0, kind: "futureImage", title: "Ønsket framtid", prompt: "Hva er viktig for deg?", groupMode: "mixed" }] },
      tables: { create: [0, 1, 2, 3].map((position) => ({ name: `Bord ${position + 1}`, position })) },
    },
  });
  workshopId = workshop.id;
  facilitator = await connect({ token: sessionToken });
  // Waves of concurrent arrivals, like a room filling up after the coffee break.
  for (let i = 0; i < PARTICIPANTS; i += WAVE) people.push(...(await Promise.all(Array.from({ length: WAVE }, (_, k) => join(i + k)))));
  await eventually(() => people.every((p) => p.state?.counts.online === PARTICIPANTS) && facilitator.state?.counts.online === PARTICIPANTS, 20_000, "everyone online everywhere");
  // Trailing presence publishes land before anything is counted.
  await new Promise((r) => setTimeout(r, 800));
}, 120_000);

afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await db?.$disconnect();
  await server?.stop();
});

describe("presence with a full room", () => {
  it("every participant's view counts everyone online and seated, and the facilitator sees every name", () => {
    for (const p of people) {
      expect(p.state!.counts).toEqual({ joined: PARTICIPANTS, online: PARTICIPANTS, unseatedOnline: 0 });
      expect(p.state!.tables.reduce((sum, t) => sum + t.online, 0)).toBe(PARTICIPANTS);
      expect(p.state!.tables.reduce((sum, t) => sum + t.seated, 0)).toBe(PARTICIPANTS);
      // Their own part of the view survived the presence updates.
      expect(p.state!.me).toMatchObject({ access: "participant", name: p.name });
      expect(p.state!.tables.map((t) => t.id)).toContain(p.state!.me.tableId);
    }
    const names = facilitator.state!.tables.flatMap((t) => t.onlineNames ?? []);
    expect(names.sort()).toEqual(people.map((p) => p.name).sort());
  });

  it("a participant receives no names of others and no facilitator-only fields, ever", () => {
    const others = (p: Client) => people.filter((o) => o !== p).map((o) => o.name!);
    for (const p of people) {
      expect(p.frames.length).toBeGreaterThan(0);
      for (const frame of p.frames) {
        expect(frame.text).not.toContain("onlineNames");
        for (const name of others(p)) expect(frame.text).not.toContain(name);
      }
    }
    // Positive control: the recorder sees names where they are allowed.
    expect(facilitator.frames.some((f) => f.text.includes("onlineNames") && f.text.includes(people[0].name!))).toBe(true);
  });

  it("a join costs each client one presence message per batch, of a size that does not grow with the room", () => {
    const publishes = framesOf(facilitator, "room:presence").length;
    // Batched: fewer publishes than joins, however slow the machine (4 waves of 10).
    expect(publishes).toBeGreaterThan(0);
    expect(publishes).toBeLessThan(PARTICIPANTS);
    for (const p of people) {
      // The full view once, on connect; afterwards only presence, at most one per publish.
      expect(framesOf(p, "room:state")).toHaveLength(1);
      expect(framesOf(p, "room:presence").length).toBeLessThanOrEqual(publishes);
    }
    // A participant's presence message is the same size with 10 or 40 people online (only the
    // digits of the counts differ), so one publish costs the server O(N) bytes in all.
    const sizes = framesOf(people[0], "room:presence").map((f) => f.bytes);
    expect(sizes.length).toBeGreaterThan(1);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(16);
    const total = people.reduce((sum, p) => sum + p.frames.reduce((s, f) => s + f.bytes, 0), 0);
    const stateBytes = framesOf(people[0], "room:state")[0].bytes;
    expect(total).toBeLessThanOrEqual(PARTICIPANTS * (stateBytes + publishes * Math.max(...sizes) + 512));
  });
});
