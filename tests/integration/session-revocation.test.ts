// A facilitator's session ends when they sign out, and every session of an account ends when an
// administrator disables it: the same token is then refused over HTTP, socket.io and Yjs, as a
// cookie or as an explicit token, and connections opened with it close. Against the real server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { io as connectSocket, type Socket } from "socket.io-client";
import WebSocket from "ws";
import { createDb, type Db } from "@/server/platform/db/client";
import { closeCode } from "@/lib/board/protocol";
import { startServer, type RunningServer } from "../helpers/server";
import { signIn, signUpAndIn, type SignedIn } from "../helpers/auth";

let server: RunningServer;
let db: Db;
let admin: SignedIn;
let workshopId: string;
let boardId: string;
const kari = { name: "Kari Prosessleder", email: "kari@example.no", password: "kari sitt lange passord" };

beforeAll(async () => {
  server = await startServer({ env: { SIGNUP_OPEN: "true" } });
  db = createDb(server.databaseUrl);
  admin = await signUpAndIn(server.url, { name: "Ada Admin", email: "ada@example.no", password: "correct horse battery" });
  await signUpAndIn(server.url, kari);
  const owner = await db.user.findUniqueOrThrow({ where: { email: kari.email } });
  const workshop = await db.workshop.create({ data: { title: "Folkehelse", method: "free", joinCode: "SESJON", ownerId: owner.id } });
  workshopId = workshop.id;
  boardId = (await db.board.create({ data: { workshopId, title: "Plenum" } })).id;
});

afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
});

async function signInAsKari(): Promise<SignedIn> {
  const result = await signIn(server.url, kari.email, kari.password);
  if ("error" in result) throw new Error(`sign-in failed: ${result.error}`);
  return result;
}

/** next-auth's sign-out, the way the sign-out button sends it: a form POST with the CSRF token. */
async function signOut(session: SignedIn): Promise<void> {
  const { csrfToken } = (await (await fetch(`${server.url}/api/auth/csrf`, { headers: { cookie: session.cookieHeader } })).json()) as { csrfToken: string };
  const res = await fetch(`${server.url}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: session.cookieHeader },
    body: new URLSearchParams({ csrfToken, json: "true" }),
  });
  expect(res.status).toBeLessThan(400);
  // the browser's cookie is cleared; the test keeps its copy of the token, as a thief would
  expect(res.headers.getSetCookie().some((c) => c.startsWith("next-auth.session-token=;"))).toBe(true);
}

async function httpStatus(session: SignedIn, via: "cookie" | "bearer"): Promise<number> {
  const headers: Record<string, string> = via === "cookie" ? { cookie: session.cookieHeader } : { authorization: `Bearer ${session.sessionToken}` };
  return (await fetch(`${server.url}/api/workshops/${workshopId}`, { headers })).status;
}

function openSocket(session: SignedIn, via: "cookie" | "token"): Promise<{ socket: Socket; error?: Error }> {
  const socket = connectSocket(server.url, {
    path: "/socket.io",
    transports: ["websocket"],
    reconnection: false,
    auth: { workshopId, ...(via === "token" ? { token: session.sessionToken } : {}) },
    extraHeaders: via === "cookie" ? { cookie: session.cookieHeader } : undefined,
  });
  return new Promise((resolve) => {
    socket.once("connect", () => resolve({ socket }));
    socket.once("connect_error", (error) => resolve({ socket, error }));
  });
}

async function socketOutcome(session: SignedIn, via: "cookie" | "token"): Promise<string> {
  const { socket, error } = await openSocket(session, via);
  socket.disconnect();
  return error ? error.message : "connected";
}

function openYjs(session: SignedIn, via: "cookie" | "token"): Promise<{ status: number; ws: WebSocket }> {
  const query = via === "token" ? `?token=${encodeURIComponent(session.sessionToken)}` : "";
  const ws = new WebSocket(`${server.url.replace("http", "ws")}/yjs/${boardId}${query}`, { headers: via === "cookie" ? { cookie: session.cookieHeader } : {} });
  return new Promise((resolve, reject) => {
    ws.once("unexpected-response", (_req, res) => resolve({ status: res.statusCode ?? 0, ws }));
    ws.once("open", () => resolve({ status: 101, ws }));
    ws.once("error", reject);
  });
}

async function yjsStatus(session: SignedIn, via: "cookie" | "token"): Promise<number> {
  const { status, ws } = await openYjs(session, via);
  ws.close();
  return status;
}

/** Who next-auth's own session endpoint says is signed in with this cookie. */
async function sessionEndpointUser(session: SignedIn): Promise<string | null> {
  const res = await fetch(`${server.url}/api/auth/session`, { headers: { cookie: session.cookieHeader } });
  return ((await res.json()) as { user?: { email?: string } }).user?.email ?? null;
}

/** What each channel answers this session, as cookie and as explicit token. */
async function everyChannel(session: SignedIn) {
  return {
    sessionEndpoint: await sessionEndpointUser(session),
    httpCookie: await httpStatus(session, "cookie"),
    httpBearer: await httpStatus(session, "bearer"),
    socketCookie: await socketOutcome(session, "cookie"),
    socketToken: await socketOutcome(session, "token"),
    yjsCookie: await yjsStatus(session, "cookie"),
    yjsToken: await yjsStatus(session, "token"),
  };
}

const accepted = { sessionEndpoint: kari.email, httpCookie: 200, httpBearer: 200, socketCookie: "connected", socketToken: "connected", yjsCookie: 101, yjsToken: 101 };
const refused = {
  sessionEndpoint: null,
  httpCookie: 401,
  httpBearer: 401,
  socketCookie: expect.stringMatching(/^unauthenticated/),
  socketToken: expect.stringMatching(/^unauthenticated/),
  yjsCookie: 401,
  yjsToken: 401,
};

function closed(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => (ws.readyState === ws.CLOSED ? resolve(-1) : ws.once("close", (code) => resolve(code))));
}

describe("signing out", () => {
  it("ends that session's token on HTTP, socket.io and Yjs, and closes what it had open", async () => {
    const laptop = await signInAsKari();
    const phone = await signInAsKari();
    expect(await everyChannel(laptop)).toEqual(accepted);

    const { socket } = await openSocket(laptop, "token");
    const yjs = await openYjs(laptop, "token");
    expect(yjs.status).toBe(101);
    const socketGone = new Promise<string>((resolve) => socket.once("disconnect", (reason) => resolve(reason)));
    const yjsGone = closed(yjs.ws);

    await signOut(laptop);

    expect(await everyChannel(laptop)).toEqual(refused);
    expect(await socketGone).toBe("io server disconnect");
    expect(await yjsGone).toBe(closeCode.accessEnded);
    // Signing out on one device leaves the others signed in.
    expect(await everyChannel(phone)).toEqual(accepted);
    socket.disconnect();
  });

  it("refuses a token whose session row is gone even though its signature and expiry are fine", async () => {
    const session = await signInAsKari();
    const user = await db.user.findUniqueOrThrow({ where: { email: kari.email } });
    await db.userSession.deleteMany({ where: { userId: user.id } });
    expect(await httpStatus(session, "bearer")).toBe(401);
  });
});

describe("disabling an account", () => {
  async function setDisabled(userId: string, disabled: boolean, who: SignedIn = admin) {
    return fetch(`${server.url}/api/admin/users/${userId}`, {
      method: "PATCH",
      headers: { cookie: who.cookieHeader, "content-type": "application/json" },
      body: JSON.stringify({ disabled }),
    });
  }

  it("ends every session of the account, closes its connections and keeps it from signing in until enabled", async () => {
    const laptop = await signInAsKari();
    const projector = await signInAsKari();
    const user = await db.user.findUniqueOrThrow({ where: { email: kari.email } });
    const { socket } = await openSocket(projector, "cookie");
    const yjs = await openYjs(laptop, "cookie");
    const socketGone = new Promise<string>((resolve) => socket.once("disconnect", (reason) => resolve(reason)));
    const yjsGone = closed(yjs.ws);

    expect((await setDisabled(user.id, true)).status).toBe(200);

    expect(await everyChannel(laptop)).toEqual(refused);
    expect(await everyChannel(projector)).toEqual(refused);
    expect(await socketGone).toBe("io server disconnect");
    expect(await yjsGone).toBe(closeCode.accessEnded);
    expect(await signIn(server.url, kari.email, kari.password)).toEqual({ error: "accountDisabled" });
    // a wrong password says what it always says: being disabled is only told to the owner
    expect(await signIn(server.url, kari.email, "not the password at all")).toEqual({ error: "CredentialsSignin" });

    expect((await setDisabled(user.id, false)).status).toBe(200);
    // old sessions stay ended; a new sign-in works
    expect(await httpStatus(laptop, "cookie")).toBe(401);
    expect(await everyChannel(await signInAsKari())).toEqual(accepted);
    socket.disconnect();
  });

  it("is for administrators only, and not of their own account", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: kari.email } });
    const adminUser = await db.user.findUniqueOrThrow({ where: { email: "ada@example.no" } });
    const asKari = await signInAsKari();
    expect((await setDisabled(adminUser.id, true, asKari)).status).toBe(403);
    expect((await setDisabled(adminUser.id, true)).status).toBe(409);
    expect((await setDisabled("no-such-user", true)).status).toBe(404);
    const bad = await fetch(`${server.url}/api/admin/users/${user.id}`, { method: "PATCH", headers: { cookie: admin.cookieHeader, "content-type": "application/json" }, body: JSON.stringify({ disabled: "yes" }) });
    expect(bad.status).toBe(400);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).toBeNull();
    expect(await httpStatus(admin, "cookie")).toBe(200);
  });
});
