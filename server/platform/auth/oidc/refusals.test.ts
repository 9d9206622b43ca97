import { errors } from "openid-client";
import { describe, expect, it } from "vitest";
import { ProviderMisconfiguredError, ProviderUnavailableError } from "./providerClient";
import { refusalFromError, refusalQuery } from "./refusals";

describe("refusalFromError", () => {
  it("tells a provider that is down from one that said no", () => {
    expect(refusalFromError(new ProviderUnavailableError(new Error("connect ECONNREFUSED")))).toEqual({ code: "providerUnavailable" });
    expect(refusalFromError(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }))).toEqual({ code: "providerUnavailable" });
    expect(refusalFromError(new errors.RPError("outgoing request timed out after 3500ms"))).toEqual({ code: "providerUnavailable" });
    expect(refusalFromError(new errors.OPError({ error: "invalid_grant" }))).toEqual({ code: "providerRefused", providerError: "invalid_grant" });
    expect(refusalFromError(new ProviderMisconfiguredError("issuer differs"))).toEqual({ code: "misconfigured" });
  });

  it("names expiry, clock skew and a broken state; every other token check is a refused token", () => {
    expect(refusalFromError(new errors.RPError({ message: "JWT expired, now 100, exp 50" }))).toEqual({ code: "tokenExpired" });
    expect(refusalFromError(new errors.RPError({ message: "JWT not active yet, now 100, nbf 700", now: 100, nbf: 700 }))).toEqual({ code: "clockSkew", minutes: 10 });
    expect(refusalFromError(new errors.RPError({ message: "state mismatch, expected a, got: b" }))).toEqual({ code: "stateMismatch" });
    for (const message of ["nonce mismatch, expected a, got: b", "failed to validate JWT signature", "unexpected iss value, expected x, got: y", "aud mismatch, expected a, got: b"]) {
      expect(refusalFromError(new errors.RPError({ message }))).toEqual({ code: "tokenInvalid" });
    }
    expect(refusalFromError(new TypeError("something else"))).toEqual({ code: "unexpected" });
  });
});

describe("refusalQuery", () => {
  it("carries the values the sentence needs", () => {
    expect(refusalQuery({ code: "domainNotAllowed", email: "a@b.no", domains: ["vestby.kommune.no", "as.kommune.no"] }).toString()).toBe("error=oidc.domainNotAllowed&email=a%40b.no&domains=%40vestby.kommune.no%2C+%40as.kommune.no");
  });
});
