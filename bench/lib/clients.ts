// Real y-websocket clients for tests and benchmarks, plus a raw WebSocket for sending bytes
// no well-behaved client would send.
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { messageType } from "../../lib/board";
import { participantIdOf } from "../../server/platform/auth/participantToken";

export interface BoardClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** The participant id in the token (what this client's notes must carry as authorId), or null for a session token. */
  authorId: string | null;
  destroy(): void;
}

/** `serverUrl` is the server's http(s) address; the provider talks to <ws>/yjs/<boardId>. */
export function connectBoard(serverUrl: string, boardId: string, token: string, options: { acks?: boolean; doc?: Y.Doc; connect?: boolean } = {}): BoardClient {
  const doc = options.doc ?? new Y.Doc();
  const params: Record<string, string> = { token };
  if (options.acks) params.acks = "1";
  const provider = new WebsocketProvider(`${serverUrl.replace(/^http/, "ws")}/yjs`, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params,
    connect: options.connect ?? true,
    disableBc: true,
    maxBackoffTime: 500,
  });
  // Acks can arrive before the caller gets to install its own handler (the reply to the
  // client's first sync message is acknowledged at once); without one the provider logs
  // "Unable to compute message".
  if (options.acks) provider.messageHandlers[messageType.durableAck] = () => undefined;
  return {
    doc,
    provider,
    authorId: participantIdOf(token),
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export function synced(client: BoardClient, timeoutMs = 10_000): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("not synced in time")), timeoutMs);
    client.provider.once("sync", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Polls `check` until it is true; for "eventually" assertions over the network. */
export async function eventually(check: () => boolean, timeoutMs = 10_000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export interface RawResult {
  status?: number;
  body?: string;
  closeCode?: number;
  closeReason?: string;
}

/** Opens a plain WebSocket, sends `frames` after the server's first message, reports how it ended. */
export function rawSession(url: string, frames: (string | Uint8Array)[], timeoutMs = 5_000): Promise<RawResult> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    const timer = setTimeout(() => {
      ws.terminate();
      resolve({});
    }, timeoutMs);
    ws.on("unexpected-response", (_req, res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c));
      res.on("end", () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode, body });
      });
    });
    ws.once("message", () => {
      for (const frame of frames) ws.send(frame, { binary: typeof frame !== "string" });
    });
    ws.on("error", () => undefined);
    ws.on("close", (code, reason) => {
      clearTimeout(timer);
      resolve({ closeCode: code, closeReason: reason.toString() });
    });
  });
}
