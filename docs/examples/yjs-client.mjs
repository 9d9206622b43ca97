// A plain y-websocket client for a Samla board, in Node. No Samla code is imported: the
// point is that any standard client works. Run from the repository (for node_modules):
//   SAMLA_URL=http://localhost:3000 BOARD_ID=... SAMLA_TOKEN=p.... node docs/examples/yjs-client.mjs
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";

const url = process.env.SAMLA_URL ?? "http://localhost:3000";
const boardId = process.env.BOARD_ID;
const token = process.env.SAMLA_TOKEN;
if (!boardId || !token) {
  console.error("set BOARD_ID and SAMLA_TOKEN (and SAMLA_URL if not http://localhost:3000)");
  process.exit(2);
}

const doc = new Y.Doc();
const provider = new WebsocketProvider(`${url.replace(/^http/, "ws")}/yjs`, boardId, doc, {
  WebSocketPolyfill: WebSocket,
  params: { token, acks: "1" },
  disableBc: true,
});

// Samla's durable acknowledgement (message type 100, see docs/yjs-client.md).
let storedClock = 0;
provider.messageHandlers[100] = (_encoder, decoder) => {
  decoding.readVarUint(decoder); // stored message count
  const n = decoding.readVarUint(decoder);
  for (let i = 0; i < n; i++) {
    const client = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    if (client === doc.clientID) storedClock = Math.max(storedClock, clock);
  }
};

const timeout = setTimeout(() => {
  console.error("no sync within 10 s (wrong URL, board or token?)");
  process.exit(1);
}, 10_000);

provider.on("connection-close", (event) => event && console.error(`closed: ${event.code} ${event.reason}`));
provider.once("sync", async () => {
  const notes = doc.getMap("notes");
  console.log(`synced: ${notes.size} notes`);
  for (const [id, note] of notes) console.log(`- ${id}: ${note.get("text")?.toString()}`);

  // One note in the layout of docs/board-model.md. A participant's note carries their own id
  // (the middle part of a participant token, p.<id>.<signature>); the server refuses others.
  const id = `example-${Date.now()}`;
  const authorId = token.startsWith("p.") ? token.split(".")[1] : null;
  doc.transact(() => {
    const note = new Y.Map();
    note.set("text", new Y.Text("Hei fra et skript"));
    note.set("colour", "green");
    note.set("authorId", authorId);
    note.set("authorName", "Skript");
    note.set("authorOrganisation", "");
    note.set("createdAt", new Date().toISOString());
    note.set("focusAreaId", null);
    notes.set(id, note);
    doc.getArray("positions").push([{ k: id, v: { x: 40, y: 40 } }]);
    doc.getArray("sizes").push([{ k: id, v: { w: 160, h: 120 } }]);
  });
  const mine = Y.getState(doc.store, doc.clientID);
  while (storedClock < mine) await new Promise((r) => setTimeout(r, 20));
  console.log(`added note ${id}; the server says it is stored`);
  clearTimeout(timeout);
  provider.destroy();
  process.exit(0);
});
