import { describe, expect, it } from "vitest";
import { redact } from "./log";

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
