// Records every network request a browser context makes (HTTP through context.on("request"),
// WebSockets through each page's "websocket" event), so a test can prove that Samla talks to
// nobody but its own server: no CDN fonts, no telemetry, no third-party scripts.
import type { BrowserContext } from "@playwright/test";

export interface NetworkLog {
  /** Every URL requested, in order, with which context asked. */
  readonly urls: { who: string; url: string }[];
  /** The URLs whose origin is not the app's own (data: and blob: URLs are local). */
  foreign(appOrigin: string): { who: string; url: string }[];
}

export function createNetworkLog(): NetworkLog & { watch(context: BrowserContext, who: string): void } {
  const urls: { who: string; url: string }[] = [];
  return {
    urls,
    watch(context, who) {
      context.on("request", (request) => urls.push({ who, url: request.url() }));
      const watchPage = (page: import("@playwright/test").Page) => page.on("websocket", (ws) => urls.push({ who, url: ws.url() }));
      context.pages().forEach(watchPage);
      context.on("page", watchPage);
    },
    foreign(appOrigin) {
      const app = new URL(appOrigin);
      return urls.filter(({ url }) => {
        const u = new URL(url);
        if (u.protocol === "data:" || u.protocol === "blob:" || u.protocol === "about:") return false;
        // ws://host:port is the app's own origin for the socket.io and Yjs connections
        const sameHost = u.hostname === app.hostname && (u.port || defaultPort(u.protocol)) === (app.port || defaultPort(app.protocol));
        return !sameHost;
      });
    },
  };
}

function defaultPort(protocol: string): string {
  return protocol === "https:" || protocol === "wss:" ? "443" : "80";
}
