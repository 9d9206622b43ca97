// A bare y-websocket server for comparison: sync and awareness relayed on ws + y-protocols,
// no auth, no persistence, no acks, no limits. Run as its own process:
//   node --import tsx bench/lib/referenceServer.ts <port>
import http from "node:http";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { WebSocketServer, type WebSocket } from "ws";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";

interface Room {
  doc: Y.Doc;
  awareness: awarenessProtocol.Awareness;
  sockets: Set<WebSocket>;
}

const rooms = new Map<string, Room>();

function room(name: string): Room {
  let r = rooms.get(name);
  if (!r) {
    const doc = new Y.Doc();
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState(null);
    const created: Room = { doc, awareness, sockets: new Set() };
    doc.on("update", (update: Uint8Array, origin: unknown) => {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, 0);
      syncProtocol.writeUpdate(e, update);
      const message = encoding.toUint8Array(e);
      for (const s of created.sockets) if (s !== origin) s.send(message);
    });
    awareness.on("update", ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [...added, ...updated, ...removed]));
      const message = encoding.toUint8Array(e);
      for (const s of created.sockets) s.send(message);
    });
    rooms.set(name, (r = created));
  }
  return r;
}

const server = http.createServer((_req, res) => res.end("reference"));
const wss = new WebSocketServer({ server });
wss.on("connection", (ws, req) => {
  const r = room(new URL(req.url ?? "/", "http://x").pathname);
  r.sockets.add(ws);
  ws.on("error", () => undefined);
  ws.on("message", (data: Buffer) => {
    try {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      const type = decoding.readVarUint(decoder);
      if (type === 0) {
        const e = encoding.createEncoder();
        encoding.writeVarUint(e, 0);
        syncProtocol.readSyncMessage(decoder, e, r.doc, ws);
        if (encoding.length(e) > 1) ws.send(encoding.toUint8Array(e));
      } else if (type === 1) {
        awarenessProtocol.applyAwarenessUpdate(r.awareness, decoding.readVarUint8Array(decoder), ws);
      }
    } catch {
      ws.close(4400, "malformed");
    }
  });
  ws.on("close", () => r.sockets.delete(ws));
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  syncProtocol.writeSyncStep1(e, r.doc);
  ws.send(encoding.toUint8Array(e));
});
process.on("SIGTERM", () => process.exit(0));
server.listen(Number(process.argv[2] ?? 0), "127.0.0.1", () => console.log("ready"));
