// The foundation, end to end against the real server process: health, sign-up rules,
// sign-in throttling, and authentication of socket.io and Yjs on the same port.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { io as connectSocket, type Socket } from "socket.io-client";
import WebSocket from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { createDb, type Db } from "@/server/platform/db/client";
import { startServer, type RunningServer } from "../helpers/server";
import { signIn, signUp, signUpAndIn, type SignedIn } from "../helpers/auth";

let server: RunningServer;
let db: Db;
let admin: SignedIn;
let workshopId: string;
let boardId: string;

beforeAll(async () => {
  server = await startServer();
  db = createDb(server.databaseUrl);
  admin = await signUpAndIn(server.url, { name: "Ada Admin", email: "ada@example.no", password: "correct horse battery" });
  const user = await db.user.findUniqueOrThrow({ where: { email: "ada@example.no" } });
  const workshop = await db.workshop.create({ data: { title: "Folkehelse", method: "free", joinCode: "KMNPQR", ownerId: user.id } });
  workshopId = workshop.id;
  boardId = (await db.board.create({ data: { workshopId, title: "Plenum" } })).id;
});

afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
});

function connect(options: { cookie?: string; token?: string; workshopId?: string }): Promise<{ socket: Socket; error?: Error }> {
  const socket = connectSocket(server.url, {
    path: "/socket.io",
    transports: ["websocket"],
    reconnection: false,
    auth: { workshopId: options.workshopId ?? workshopId, ...(options.token ? { token: options.token } : {}) },
    extraHeaders: options.cookie ? { cookie: options.cookie } : undefined,
  });
  return new Promise((resolve) => {
    socket.once("connect", () => resolve({ socket }));
    socket.once("connect_error", (error) => resolve({ socket, error }));
  });
}

describe("health", () => {
  it("reports ok with the database reachable", async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", db: "ok", version: expect.any(String) });
  });
});

describe("accounts", () => {
  it("made the first account admin and closes sign-up for others by default", async () => {
    expect((await db.user.findUniqueOrThrow({ where: { email: "ada@example.no" } })).role).toBe("admin");
    const res = await signUp(server.url, { name: "Bob", email: "bob@example.no", password: "another long password" });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: "signupClosed" });
  });

  it("lets an invited person sign up as facilitator", async () => {
    const res = await fetch(`${server.url}/api/admin/invites`, { method: "POST", headers: { cookie: admin.cookieHeader, "content-type": "application/json" }, body: "{}" });
    expect(res.status).toBe(201);
    const { link } = (await res.json()) as { link: string };
    const inviteToken = new URL(link).searchParams.get("invite")!;
    const signup = await signUp(server.url, { name: "Kari", email: "kari@example.no", password: "kari sitt passord", inviteToken });
    expect(signup.status).toBe(201);
    expect(await signup.json()).toEqual({ ok: true, role: "facilitator" });
    // an invite works once
    const again = await signUp(server.url, { name: "Kari 2", email: "kari2@example.no", password: "kari sitt passord", inviteToken });
    expect(again.status).toBe(403);
  });

  it("rejects malformed sign-up input with field codes", async () => {
    const res = await signUp(server.url, { name: "", email: "not-an-email", password: "short" });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { details: Array<{ path: string; code: string }> };
    expect(body.details.map((d) => d.path).sort()).toEqual(["email", "name", "password"]);
  });

  it("locks an account after five wrong passwords, even for the right one", async () => {
    const errors: string[] = [];
    for (let i = 0; i < 5; i++) {
      const result = await signIn(server.url, "kari@example.no", `wrong password ${i}`);
      errors.push("error" in result ? result.error : "signed in");
    }
    expect(errors.slice(0, 4)).toEqual(Array(4).fill("CredentialsSignin"));
    expect(errors[4]).toMatch(/^locked:\d+$/);
    const right = await signIn(server.url, "kari@example.no", "kari sitt passord");
    expect(right).toEqual({ error: expect.stringMatching(/^locked:1[0-5]$/) });
  });

  it("keeps admin routes for admins", async () => {
    const res = await fetch(`${server.url}/api/admin/settings`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ signupOpen: true }) });
    expect(res.status).toBe(401);
  });
});

describe("socket.io on the same port", () => {
  it("accepts a signed-in facilitator of the workshop", async () => {
    const { socket, error } = await connect({ cookie: admin.cookieHeader });
    expect(error).toBeUndefined();
    const me = await socket.emitWithAck("session:whoAmI");
    expect(me).toMatchObject({ ok: true, access: "facilitator", kind: "user", workshopId });
    socket.disconnect();
  });

  it("refuses an anonymous client before any handler runs", async () => {
    const { socket, error } = await connect({});
    expect(error?.message).toMatch(/^unauthenticated/);
    socket.disconnect();
  });

  it("refuses a forged participant token", async () => {
    const { socket, error } = await connect({ token: `p.${"a".repeat(25)}.${"b".repeat(43)}` });
    expect(error?.message).toMatch(/^unauthenticated/);
    socket.disconnect();
  });

  it("refuses a handshake without a workshop", async () => {
    const socket = connectSocket(server.url, { transports: ["websocket"], reconnection: false, extraHeaders: { cookie: admin.cookieHeader } });
    const error = await new Promise<Error>((resolve) => socket.once("connect_error", resolve));
    expect(error.message).toMatch(/^invalidHandshake/);
    socket.disconnect();
  });
});

describe("Yjs on the same port", () => {
  function upgradeStatus(path: string, headers: Record<string, string> = {}): Promise<number> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`${server.url.replace("http", "ws")}${path}`, { headers });
      ws.once("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
      ws.once("open", () => {
        ws.close();
        resolve(101);
      });
      ws.once("error", reject);
    });
  }

  it("answers an anonymous upgrade with 401", async () => {
    expect(await upgradeStatus(`/yjs/${boardId}`)).toBe(401);
  });

  it("syncs a board for a signed-in facilitator with a real y-websocket client", async () => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(`${server.url.replace("http", "ws")}/yjs`, boardId, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      params: { token: admin.sessionToken },
      disableBc: true,
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no sync within 10 s")), 10_000);
      provider.once("sync", (synced: boolean) => {
        if (synced) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    expect(provider.synced).toBe(true);
    provider.destroy();
    doc.destroy();
  });
});
