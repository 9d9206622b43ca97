import { describe, expect, it } from "vitest";
import { participantIdOf, participantTokenMatches, signParticipantToken } from "./participantToken";

const secret = "a-server-secret-that-is-long-enough-123";

describe("participant tokens", () => {
  it("round-trips and names the participant", () => {
    const token = signParticipantToken(secret, "cparticipant1", "device-secret");
    expect(participantIdOf(token)).toBe("cparticipant1");
    expect(participantTokenMatches(token, secret, "cparticipant1", "device-secret")).toBe(true);
  });

  it("fails with another server secret, another device secret or a tampered id", () => {
    const token = signParticipantToken(secret, "cparticipant1", "device-secret");
    expect(participantTokenMatches(token, "another-secret-that-is-long-enough-xx", "cparticipant1", "device-secret")).toBe(false);
    expect(participantTokenMatches(token, secret, "cparticipant1", "rotated")).toBe(false);
    expect(participantTokenMatches(token.replace("cparticipant1", "cparticipant2"), secret, "cparticipant2", "device-secret")).toBe(false);
  });

  it("rejects malformed tokens", () => {
    for (const bad of ["", "p.", "p.abc", "x.abc.def", `p.${"a".repeat(80)}.${"b".repeat(43)}`, "p.a b.c"]) expect(participantIdOf(bad)).toBeNull();
  });
});
