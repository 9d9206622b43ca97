// Connects one board: a Y.Doc kept in IndexedDB (so a dropped wifi or an offline reload loses
// nothing) and synced over y-websocket to /yjs/<boardId> on this origin. The browser's cookies
// carry who we are; the server decides what we may do and acknowledges what it has stored.
"use client";
import { useEffect, useState } from "react";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { IndexeddbPersistence } from "y-indexeddb";
import * as authProtocol from "y-protocols/auth";
import type * as decoding from "lib0/decoding";
import { createBoardUndoManager, messageType, watchDurability, type AckingProvider, type DurabilityState } from "@/lib/board";
import { markBoardStage, measureBoardStage, startBoardTiming } from "./loadTiming";
import { watchReachability } from "./watchReachability";

export type SaveState = "saved" | "saving" | "offline";

export interface BoardConnection {
  doc: Y.Doc;
  provider: WebsocketProvider;
  undo: Y.UndoManager;
  /** Passed to every write helper, so undo only ever touches this person's own edits. */
  origin: object;
  save: SaveState;
  /** False when IndexedDB is unavailable (private window): offline edits are then not kept. */
  storedLocally: boolean;
  /** Set when the server refused an edit (locked board, observer). */
  refusal: string | null;
  /** True once the server's copy has been merged in at least once. */
  synced: boolean;
}

interface Live {
  connected: boolean;
  /** False while an open connection gets no answer from the server (watchReachability.ts). */
  reachable: boolean;
  synced: boolean;
  durability: DurabilityState;
  storedLocally: boolean;
  refusal: string | null;
}

const initialLive: Live = { connected: false, reachable: true, synced: false, durability: "saved", storedLocally: true, refusal: null };

function serverUrl(): string {
  return `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}/yjs`;
}

export function useBoardConnection(boardId: string): BoardConnection | null {
  const [parts, setParts] = useState<Pick<BoardConnection, "doc" | "provider" | "undo" | "origin"> | null>(null);
  const [live, setLive] = useState<Live>(initialLive);

  useEffect(() => {
    startBoardTiming();
    const doc = new Y.Doc();
    const origin = { local: boardId };
    const update = (patch: Partial<Live>) => setLive((prev) => ({ ...prev, ...patch }));
    setLive(initialLive);

    const local = new IndexeddbPersistence(`samla-board-${boardId}`, doc);
    local.whenSynced.then(
      () => markBoardStage("local-loaded"),
      () => update({ storedLocally: false }),
    );
    if (typeof indexedDB === "undefined") update({ storedLocally: false });

    const provider = new WebsocketProvider(serverUrl(), boardId, doc, { params: { acks: "1" }, maxBackoffTime: 2500 });
    // The stock handler only logs a refusal; the participant must be told why nothing saves.
    provider.messageHandlers[messageType.auth] = (_encoder: unknown, decoder: decoding.Decoder) => {
      authProtocol.readAuthMessage(decoder, doc, (_doc, reason) => update({ refusal: reason }));
    };
    // Times the message that completes the first sync (the server's state, decoded and applied).
    const syncHandler = provider.messageHandlers[messageType.sync];
    provider.messageHandlers[messageType.sync] = (encoder, decoder, p, emitSynced, type) => {
      const wasSynced = provider.synced;
      const start = performance.now();
      syncHandler(encoder, decoder, p, emitSynced, type);
      if (!wasSynced && provider.synced) measureBoardStage("sync-applied", start, { bytes: decoder.arr.byteLength });
    };
    const stopDurability = watchDurability(provider as unknown as AckingProvider, doc, (durability) => update({ durability }));
    const stopReachability = watchReachability(provider, (reachable) => update({ reachable }));
    provider.on("status", ({ status }) => {
      if (status === "connected") markBoardStage("socket-open");
      update({ connected: status === "connected" });
    });
    provider.on("sync", (synced: boolean) => {
      if (synced) markBoardStage("synced");
      update({ synced });
    });

    const undo = createBoardUndoManager(doc, origin);
    setParts({ doc, provider, undo, origin });

    return () => {
      stopDurability();
      stopReachability();
      undo.destroy();
      provider.destroy();
      void local.destroy();
      doc.destroy();
      setParts(null);
    };
  }, [boardId]);

  if (!parts) return null;
  // Before the first sync our IndexedDB copy may hold edits the server has never seen.
  const save: SaveState = !live.connected || !live.reachable ? "offline" : live.durability === "saving" || !live.synced ? "saving" : "saved";
  return { ...parts, save, storedLocally: live.storedLocally, refusal: live.refusal, synced: live.synced };
}
