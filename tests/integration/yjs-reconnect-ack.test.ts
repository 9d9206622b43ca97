// A browser reconnects after a network drop while its old socket still lingers on the server
// (the close never arrived; the heartbeat has not ended it yet), and what it wrote meanwhile
// already reached the server over that old socket (frames the browser held flushed when the
// network came back). Its new connection has nothing new to send, yet it must be told that its
// edits are stored; otherwise the board says «Lagrer …» until the next edit. Real server, real
// y-websocket provider, its durability watched the way the board page watches it.
import * as Y from "yjs";
import WebSocket from "ws";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addNote, messageType, watchDurability, type AckingProvider, type DurabilityState } from "@/lib/board";
import { WebsocketProvider } from "y-websocket";
import { eventually, synced } from "@/bench/lib/clients";
import { participantIdOf } from "@/server/platform/auth/participantToken";
import { seedBoard } from "@/bench/lib/boardFixture";
import { createDb, type Db } from "@/server/platform/db/client";
import { startServer, type RunningServer } from "../helpers/server";

const authSecret = "yjs-reconnect-ack-test-secret-0123456789";
let server: RunningServer;
let db: Db;

beforeAll(async () => {
  server = await startServer({ env: { AUTH_SECRET: authSecret } });
  db = createDb(server.databaseUrl);
});

afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
});

/** A socket whose close never reaches the server, as when the network is gone; it can still be written to. */
class LingeringSocket extends WebSocket {
  static all: LingeringSocket[] = [];
  linger = false;
  constructor(url: string, protocols?: string | string[]) {
    super(url, protocols);
    LingeringSocket.all.push(this);
  }
  override close(code?: number, reason?: string): void {
    if (!this.linger) super.close(code, reason);
  }
}

function syncUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageType.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

describe("acknowledgements after a reconnect", () => {
  it("name the client's stored clock on the new connection although the old socket delivered the edits", async () => {
    const fx = await seedBoard(db, authSecret, 1);
    const doc = new Y.Doc();
    // The provider's sockets are LingeringSockets, so the test can keep the first one open.
    const provider = new WebsocketProvider(`${server.url.replace(/^http/, "ws")}/yjs`, fx.boardId, doc, {
      WebSocketPolyfill: LingeringSocket as unknown as typeof globalThis.WebSocket,
      params: { token: fx.tokens[0], acks: "1" },
      disableBc: true,
      maxBackoffTime: 500,
    });
    const states: DurabilityState[] = [];
    watchDurability(provider as unknown as AckingProvider, doc, (state) => states.push(state));
    const durability = () => states[states.length - 1];
    const authorId = participantIdOf(fx.tokens[0]);
    // As the browser does: presence in the participant's own name (the server keeps no other).
    provider.awareness.setLocalStateField("user", { id: authorId, name: "Kari", organisation: "Bodø kommune", kind: "participant" });
    const board = { doc, provider, authorId, destroy: () => provider.destroy() };
    await synced(board);

    addNote(doc, { text: "Før bruddet", x: 0, y: 0, authorId });
    await eventually(() => durability() === "saved", 10_000, "the first note acknowledged");

    // The network goes: the page drops its connection, but the server never hears the close.
    const old = LingeringSocket.all[LingeringSocket.all.length - 1];
    old.linger = true;
    provider.disconnect();
    const before = Y.encodeStateVector(doc);
    addNote(doc, { text: "Skrevet idet nettet gikk", x: 10, y: 10, authorId });
    expect(durability()).toBe("saving");

    // The frames the browser held go out on the old socket when the network is back; the server
    // stores them and acknowledges them there, to a socket the page no longer listens to.
    const storedOnOld = new Promise<void>((resolve) => old.on("message", (data: ArrayBuffer) => new Uint8Array(data)[0] === messageType.durableAck && resolve()));
    old.send(syncUpdate(Y.encodeStateAsUpdate(doc, before)));
    await storedOnOld;

    // The page reconnects: the server has everything already, so nothing new is sent.
    provider.connect();
    await synced(board);
    await eventually(() => durability() === "saved", 5_000, "«Lagret» on the new connection without another edit");

    old.terminate();
    board.destroy();
  });
});
