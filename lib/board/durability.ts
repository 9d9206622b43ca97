// Client side of durable acknowledgements: tells a UI whether everything this device typed
// is stored on the server ("saved"), still on its way ("saving"). Works with y-websocket's
// WebsocketProvider, whose `messageHandlers` table accepts extra message types; the provider
// must connect with `params: { acks: "1" }`.
import type * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { messageType, readDurableAck } from "./protocol";

type MessageHandler = (encoder: unknown, decoder: decoding.Decoder, provider: unknown, emitSynced: boolean, type: number) => void;

export interface AckingProvider {
  messageHandlers: MessageHandler[];
}

export type DurabilityState = "saved" | "saving";

/** Calls `listener` whenever the state changes; returns a function that stops watching. */
export function watchDurability(provider: AckingProvider, doc: Y.Doc, listener: (state: DurabilityState) => void): () => void {
  let storedClock = 0;
  let state: DurabilityState | null = null;
  const recompute = () => {
    const next: DurabilityState = Y.getState(doc.store, doc.clientID) <= storedClock ? "saved" : "saving";
    if (next !== state) {
      state = next;
      listener(next);
    }
  };
  provider.messageHandlers[messageType.durableAck] = (_encoder, decoder) => {
    const ack = readDurableAck(decoder);
    storedClock = Math.max(storedClock, ack.clocks.get(doc.clientID) ?? 0);
    recompute();
  };
  doc.on("update", recompute);
  recompute();
  return () => {
    doc.off("update", recompute);
    delete provider.messageHandlers[messageType.durableAck];
  };
}
