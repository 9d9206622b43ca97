// What the browser does when the board server refuses an edit (a locked board, an observer,
// someone else's note): Yjs cannot take an applied edit back, so this device's copy of the
// board is dropped and synced afresh from the server. See docs/board-refusals.md.
//
// 1. The refusal arrives (a y-websocket "permission denied" naming the code and the refused
//    message). The board turns read-only for the moment this takes, and says why.
// 2. Wait until the server has answered for everything already sent: the durable ack that
//    covers the refused message (the server acknowledges every message in turn, stored or
//    not) and, unless an observer, one that covers this device's own edits. Nothing the server
//    accepted is lost by dropping the copy after that.
// 3. Empty this board's offline store (y-indexeddb), so a reload cannot send the refused edit
//    again, then let the caller open a fresh document, which syncs from the server.
"use client";
import * as Y from "yjs";
import * as idb from "lib0/indexeddb";
import * as authProtocol from "y-protocols/auth";
import type { IndexeddbPersistence } from "y-indexeddb";
import type { WebsocketProvider } from "y-websocket";
import { decodeRefusal, messageType, readDurableAck, type RefusalCode } from "@/lib/board";

type Handler = WebsocketProvider["messageHandlers"][number];

export interface RefusalHandlers {
  /** The server refused an edit; the copy is being dropped. */
  refused(code: RefusalCode): void;
  /** The copy and the offline store are gone: open a fresh document. */
  dropped(): void;
}

/**
 * Installs the refusal handling on a provider. Call after watchDurability (it wraps that
 * handler for the acks). Returns a function that stops it.
 */
export function dropRefusedEdits(provider: WebsocketProvider, doc: Y.Doc, local: IndexeddbPersistence | null, handlers: RefusalHandlers): () => void {
  /** The acked message count that lets the copy go, or null when nothing was refused. */
  let waitFor: number | null = null;
  let ownEditsToo = true;
  let dropping = false;
  let cancelled = false;

  provider.messageHandlers[messageType.auth] = ((_encoder, decoder) => {
    authProtocol.readAuthMessage(decoder, doc, (_doc, reason) => {
      const refusal = decodeRefusal(reason);
      handlers.refused(refusal.code);
      waitFor = Math.max(waitFor ?? 0, refusal.message);
      // An observer's edits are never stored: there is nothing of theirs to wait for.
      ownEditsToo &&= refusal.code !== "observer";
    });
  }) as Handler;

  // Message numbers count per connection: after a reconnect, the first ack answers for the
  // sync that resent everything unstored.
  const onStatus = ({ status }: { status: string }) => {
    if (status !== "connected" && waitFor !== null) waitFor = 1;
  };
  provider.on("status", onStatus);

  const acks = provider.messageHandlers[messageType.durableAck] as Handler | undefined;
  provider.messageHandlers[messageType.durableAck] = ((encoder, decoder, p, emitSynced, type) => {
    const start = decoder.pos;
    acks?.(encoder, decoder, p, emitSynced, type);
    if (waitFor === null || dropping) return;
    decoder.pos = start;
    const ack = readDurableAck(decoder);
    const ownStored = !ownEditsToo || (ack.clocks.get(doc.clientID) ?? 0) >= Y.getState(doc.store, doc.clientID);
    if (ack.stored < waitFor || !ownStored) return;
    dropping = true;
    const done = () => !cancelled && handlers.dropped();
    // Without IndexedDB (a private window) there is no offline copy to forget.
    if (local) void forgetLocalCopy(local).then(done, done);
    else done();
  }) as Handler;

  return () => {
    cancelled = true;
    provider.off("status", onStatus);
  };
}

/** Empties the offline store of this board (every tab's share of it; it is all on the server). */
async function forgetLocalCopy(local: IndexeddbPersistence): Promise<void> {
  // Stop storing first: y-indexeddb would otherwise write the whole document back on its next trim.
  await local.destroy();
  const db = await idb.openDB(local.name, (created) => idb.createStores(created, [["updates", { autoIncrement: true }], ["custom"]]));
  try {
    const [updates] = idb.transact(db, ["updates"]);
    await idb.rtop(updates.clear());
  } finally {
    db.close();
  }
}
