import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, logLevelOf, redact } from "./log";

describe("redact", () => {
  it("takes tokens and cookies out of a log line, and nothing else", () => {
    const participant = `p.cmx59f3y80004hm7dcnxhzq40.${"A".repeat(43)}`;
    const session = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..abc_DEF-123.payloadpart.tagpart";
    expect(redact(`yjs upgrade failed: /yjs/board1?token=${participant}&acks=1`)).toBe("yjs upgrade failed: /yjs/board1?token=[redacted]&acks=1");
    expect(redact(`auth with ${participant} failed`)).toBe("auth with [redacted token] failed");
    expect(redact(`session ${session} expired`)).toBe("session [redacted token] expired");
    expect(redact("headers: { cookie: 'next-auth.session-token=abc; samla_p_x=p.1.2' }")).toBe("headers: { cookie: '[redacted]' }");
    expect(redact("board abc123: closing participant cmx1: update beyond the board's limits")).toBe("board abc123: closing participant cmx1: update beyond the board's limits");
  });
});

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  let text = "";
  const stream = new Writable({ write: (chunk, _encoding, done) => ((text += String(chunk)), done()) });
  return { stream, lines: () => text.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe("the logger", () => {
  it("writes one JSON line per event with its level, fields and a redacted error", () => {
    const out = capture();
    const logger = createLogger("info", out.stream);
    const token = `p.cmx59f3y80004hm7dcnxhzq40.${"B".repeat(43)}`;
    logger.child({ reqId: "req-12345678" }).info("http request", { path: "/api/health", ms: 1.5 });
    logger.error("upgrade failed", new Error(`bad token ${token}`));
    logger.debug("not at info");
    const [first, second, ...rest] = out.lines();
    expect(first).toMatchObject({ level: "info", msg: "http request", reqId: "req-12345678", path: "/api/health", ms: 1.5 });
    expect(typeof first.time).toBe("string");
    expect(second).toMatchObject({ level: "error", msg: "upgrade failed", error: { name: "Error", message: "bad token [redacted token]" } });
    expect(JSON.stringify(second)).not.toContain(token);
    expect(rest).toEqual([]);
  });

  it("takes its level from SAMLA_LOG, info when unset", () => {
    expect(logLevelOf("debug")).toBe("debug");
    expect(logLevelOf("silent")).toBe("silent");
    expect(logLevelOf(undefined)).toBe("info");
  });
});
