// SIGTERM finishes pending board writes before the process exits: notes typed right up to the
// signal are in the database when the server comes back.
import { afterAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { addNote, readBoard } from "@/lib/board";
import { createDb } from "@/server/platform/db/client";
import { startServer, type RunningServer } from "../helpers/server";
import { signUpAndIn } from "../helpers/auth";

let server: RunningServer | undefined;
afterAll(async () => {
  await server?.stop();
});

function connectBoard(url: string, boardId: string, token: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${url.replace("http", "ws")}/yjs`, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => provider.once("sync", () => resolve()));
  return { doc, provider, synced };
}

describe("graceful shutdown", () => {
  it("stores every update sent before SIGTERM and exits with 0", { timeout: 180_000 }, async () => {
    server = await startServer();
    const { dataDir, databaseUrl } = server;
    const facilitator = await signUpAndIn(server.url, { name: "Fasilitator", email: "f@example.no", password: "et langt passord her" });
    const db = createDb(databaseUrl);
    const user = await db.user.findUniqueOrThrow({ where: { email: "f@example.no" } });
    const workshop = await db.workshop.create({ data: { title: "Stopp", method: "free", joinCode: "HJKMNP", ownerId: user.id } });
    const board = await db.board.create({ data: { workshopId: workshop.id, title: "Plenum" } });
    await db.$disconnect();

    const client = connectBoard(server.url, board.id, facilitator.sessionToken);
    await client.synced;
    for (let i = 0; i < 50; i++) addNote(client.doc, { text: `lapp ${i}`, x: i * 10, y: 0 });
    // Give the frames time to leave this process, then stop the server while it may still
    // be writing them.
    await new Promise((r) => setTimeout(r, 50));
    client.provider.disconnect();
    const exitCode = await server.stop();
    expect(exitCode).toBe(0);
    client.provider.destroy();

    server = await startServer({ dataDir, databaseUrl });
    const reader = connectBoard(server.url, board.id, facilitator.sessionToken);
    await reader.synced;
    expect(readBoard(reader.doc).notes.map((n) => n.text).sort()).toEqual(Array.from({ length: 50 }, (_, i) => `lapp ${i}`).sort());
    reader.provider.destroy();
  });
});
