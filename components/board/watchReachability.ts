// Whether the board server can hear this browser right now. A WebSocket whose network went away
// stays "open" until TCP gives up, and y-websocket only notices after 30 s without a message, so
// the board said «Lagret» for half a minute while nothing reached the server. Two signals here:
// - the browser's own offline/online events (a wifi drop the operating system sees): the
//   connection is dropped at once, and opened again the moment the network is back;
// - silence (a drop nobody reports): a quiet connection is asked for everyone's presence, which
//   the server answers at once; no answer within a few seconds means the server cannot be
//   reached, and after longer the connection is given up and opened afresh.
import type { WebsocketProvider } from "y-websocket";
import { messageType } from "@/lib/board";

/** Ask the server for a sign of life after this much silence. */
const probeAfterMs = 1_500;
/** Without any message for this long (a probe unanswered), the server counts as unreachable. */
const unreachableAfterMs = 3_500;
/**
 * Give the connection up and open a new one after this much silence. Longer than the above: a
 * server that stalls for a few seconds should not have every board reconnect to it at once.
 */
const reconnectAfterMs = 12_000;
const checkEveryMs = 500;

const presenceQuery = new Uint8Array([messageType.queryAwareness]);

/** Calls `listener(false)` when the server stops being reachable and `listener(true)` when it is again. */
export function watchReachability(provider: WebsocketProvider, listener: (reachable: boolean) => void): () => void {
  let reachable = true;
  let pausedByBrowser = false;
  let probedAt = 0;
  const report = (next: boolean) => {
    if (next !== reachable) listener((reachable = next));
  };

  const offline = () => {
    if (!provider.shouldConnect) return;
    pausedByBrowser = true;
    provider.disconnect();
  };
  const online = () => {
    if (!pausedByBrowser) return;
    pausedByBrowser = false;
    provider.connect();
  };
  window.addEventListener("offline", offline);
  window.addEventListener("online", online);

  const timer = setInterval(() => {
    const ws = provider.ws;
    if (!provider.wsconnected || !ws || ws.readyState !== ws.OPEN) return report(true); // the provider's own status says offline
    const silence = Date.now() - provider.wsLastMessageReceived;
    if (silence >= reconnectAfterMs) {
      provider.disconnect();
      provider.connect();
      return;
    }
    report(silence < unreachableAfterMs);
    if (silence >= probeAfterMs && probedAt < provider.wsLastMessageReceived) {
      probedAt = Date.now();
      ws.send(presenceQuery);
    }
  }, checkEveryMs);

  return () => {
    clearInterval(timer);
    window.removeEventListener("offline", offline);
    window.removeEventListener("online", online);
  };
}
