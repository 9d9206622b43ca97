// Connects one board: a Y.Doc kept in IndexedDB (so a dropped wifi or an offline reload loses
// nothing) and synced over y-websocket to /yjs/<boardId> on this origin. The browser's cookies
// carry who we are; the server decides what we may do and acknowledges what it has stored.
"use client";
import { useEffect, useState } from "react";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { IndexeddbPersistence } from "y-indexeddb";
import { createBoardUndoManager, messageType, watchDurability, type AckingProvider, type DurabilityState, type RefusalCode } from "@/lib/board";
import { dropRefusedEdits } from "./dropRefusedEdits";
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
  /** Why the server last refused an edit (locked board, observer, someone else's note), for a while after. */
  refusal: RefusalCode | null;
  /** True while this device's copy is being replaced after a refusal: no edits meanwhile. */
  resyncing: boolean;
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
}

const initialLive: Live = { connected: false, reachable: true, synced: false, durability: "saved", storedLocally: true };

/** How long the refusal notice stays after the board was synced afresh. */
const refusalNoticeMs = 15_000;

function serverUrl(): string {
  return `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}/yjs`;
}

export interface ConnectionOptions {
  /**
   * Connect with this token instead of the browser's cookies: the projector connects as the
   * workshop's projector observer, so the server keeps its copy read-only whoever is signed in.
   * A screen with a token keeps no copy in IndexedDB (it never edits).
   */
  token?: string;
}

export function useBoardConnection(boardId: string, { token }: ConnectionOptions = {}): BoardConnection | null {
  const [parts, setParts] = useState<Pick<BoardConnection, "doc" | "provider" | "undo" | "origin"> | null>(null);
  const [live, setLive] = useState<Live>(initialLive);
  const [refusal, setRefusal] = useState<{ code: RefusalCode; resyncing: boolean } | null>(null);
  // A new generation opens a fresh document after a refusal (dropRefusedEdits.ts).
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    startBoardTiming();
    const doc = new Y.Doc();
    const origin = { local: boardId };
    const update = (patch: Partial<Live>) => setLive((prev) => ({ ...prev, ...patch }));
    setLive(initialLive);

    const local = token ? null : new IndexeddbPersistence(`samla-board-${boardId}`, doc);
    local?.whenSynced.then(
      () => markBoardStage("local-loaded"),
      () => update({ storedLocally: false }),
    );
    if (typeof indexedDB === "undefined" || !local) update({ storedLocally: false });

    const provider = new WebsocketProvider(serverUrl(), boardId, doc, { params: token ? { acks: "1", token } : { acks: "1" }, maxBackoffTime: 2500 });
    // Times the message that completes the first sync (the server's state, decoded and applied).
    const syncHandler = provider.messageHandlers[messageType.sync];
    provider.messageHandlers[messageType.sync] = (encoder, decoder, p, emitSynced, type) => {
      const wasSynced = provider.synced;
      const start = performance.now();
      syncHandler(encoder, decoder, p, emitSynced, type);
      if (!wasSynced && provider.synced) measureBoardStage("sync-applied", start, { bytes: decoder.arr.byteLength });
    };
    const stopDurability = watchDurability(provider as unknown as AckingProvider, doc, (durability) => update({ durability }));
    // A refused edit cannot be taken out of this document: it is replaced by a fresh one.
    let replacing = false;
    const stopRefusals = dropRefusedEdits(provider, doc, local, {
      refused: (code) => setRefusal({ code, resyncing: true }),
      dropped: () => {
        replacing = true;
        setGeneration((g) => g + 1);
      },
    });
    const stopReachability = watchReachability(provider, (reachable) => update({ reachable }));
    provider.on("status", ({ status }) => {
      if (status === "connected") markBoardStage("socket-open");
      update({ connected: status === "connected" });
    });
    const undo = createBoardUndoManager(doc, origin);
    // After a refusal the old board stays on screen (read-only) until this one has the
    // server's state, rather than blanking for the moment the sync takes.
    const fresh = generation > 0;
    provider.on("sync", (synced: boolean) => {
      if (synced) markBoardStage("synced");
      update({ synced });
      if (synced && fresh) {
        setParts({ doc, provider, undo, origin });
        setRefusal((r) => r && { ...r, resyncing: false });
      }
    });
    if (!fresh) setParts({ doc, provider, undo, origin });

    return () => {
      stopRefusals();
      stopDurability();
      stopReachability();
      undo.destroy();
      provider.destroy();
      void local?.destroy();
      doc.destroy();
      if (!replacing) setParts(null);
    };
  }, [boardId, generation, token]);

  // The notice outlives the resync by a while, so the person can read why their edit went.
  useEffect(() => {
    if (!refusal || refusal.resyncing) return;
    const timer = setTimeout(() => setRefusal(null), refusalNoticeMs);
    return () => clearTimeout(timer);
  }, [refusal]);

  if (!parts) return null;
  // Before the first sync our IndexedDB copy may hold edits the server has never seen.
  const save: SaveState = !live.connected || !live.reachable ? "offline" : live.durability === "saving" || !live.synced ? "saving" : "saved";
  return { ...parts, save, storedLocally: live.storedLocally, refusal: refusal?.code ?? null, resyncing: refusal?.resyncing ?? false, synced: live.synced };
}
