// Records every network request a browser context makes (HTTP through context.on("request"),
// WebSockets through each page's "websocket" event), so a test can prove that Samla talks to
// nobody but its own server: no CDN fonts, no telemetry, no third-party scripts.
import type { BrowserContext } from "@playwright/test";

export interface NetworkLog {
  /** Every URL requested, in order, with which context asked. */
  readonly urls: { who: string; url: string }[];
  /** The URLs whose origin is not the app's own (data: and blob: URLs are local). */
  foreign(appOrigin: string): { who: string; url: string }[];
  /** Every Content-Security-Policy violation any page reported: the app must cause none. */
  readonly cspViolations: { who: string; page: string; violation: string }[];
}

/** Reports each securitypolicyviolation event as a tagged console line the test collects. */
const cspTag = "[samla-csp-violation]";
function reportViolations(tag: string) {
  document.addEventListener("securitypolicyviolation", (e) => {
    console.error(`${tag} ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`);
  });
}

export function createNetworkLog(): NetworkLog & { watch(context: BrowserContext, who: string): void } {
  const urls: { who: string; url: string }[] = [];
  const cspViolations: { who: string; page: string; violation: string }[] = [];
  return {
    urls,
    cspViolations,
    watch(context, who) {
      context.on("request", (request) => urls.push({ who, url: request.url() }));
      void context.addInitScript(reportViolations, cspTag);
      const watchPage = (page: import("@playwright/test").Page) => {
        page.on("websocket", (ws) => urls.push({ who, url: ws.url() }));
        // Chromium's own "Refused to …" line as well as the event: either means a violation.
        page.on("console", (message) => {
          const text = message.text();
          if (text.startsWith(cspTag) || /violates the following Content Security Policy/.test(text)) cspViolations.push({ who, page: page.url(), violation: text });
        });
      };
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
