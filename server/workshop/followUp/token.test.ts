import { describe, expect, it } from "vitest";
import { followUpTokenMatches, freshLinkSecret, linkIdOf, signFollowUpToken } from "./token";

describe("follow-up tokens", () => {
  const secret = freshLinkSecret();
  const token = signFollowUpToken("server-secret", "link1", secret);
  it("names its link and matches only its own secrets", () => {
    expect(linkIdOf(token)).toBe("link1");
    expect(followUpTokenMatches(token, "server-secret", "link1", secret)).toBe(true);
    expect(followUpTokenMatches(token, "other-secret", "link1", secret)).toBe(false);
    expect(followUpTokenMatches(token, "server-secret", "link1", freshLinkSecret())).toBe(false);
    expect(followUpTokenMatches(token, "server-secret", "link2", secret)).toBe(false);
  });
  it("refuses malformed tokens", () => {
    expect(linkIdOf("p.link1.abc")).toBeNull();
    expect(linkIdOf(`${token}x`)).toBeNull();
  });
});
