import { describe, expect, it } from "vitest";
import { admit, restrictsEntry, type AccessRules } from "./admission";

const open: AccessRules = { allowedTenants: [], allowedEmailDomains: [], requiredGroups: [], adminGroups: [], linkAccounts: false };
const settings = { groupsClaim: "groups", trustEmail: false };
const base = { iss: "https://login.microsoftonline.com/t1/v2.0", sub: "abc", tid: "t1", email: "Kari@Vestby.Kommune.no", email_verified: true, name: "Kari" };

describe("admit", () => {
  it("keys the person by issuer and subject, and lower-cases the e-mail", () => {
    expect(admit(base, open, settings)).toEqual({ ok: true, admitted: { subjectKey: "https://login.microsoftonline.com/t1/v2.0 abc", email: "kari@vestby.kommune.no", emailVerified: true, name: "Kari", roleFromClaims: null } });
  });

  it("falls back to preferred_username (Entra ID's sign-in name) when there is no email claim", () => {
    const result = admit({ ...base, email: undefined, preferred_username: "kari@vestby.kommune.no" }, open, settings);
    expect(result).toMatchObject({ ok: true, admitted: { email: "kari@vestby.kommune.no" } });
    expect(admit({ ...base, email: undefined, preferred_username: "kari" }, open, settings)).toEqual({ ok: false, refusal: { code: "emailMissing" } });
  });

  it("refuses a tenant outside the list, and a token without one", () => {
    const rules = { ...open, allowedTenants: ["t1"] };
    expect(admit(base, rules, settings).ok).toBe(true);
    expect(admit({ ...base, tid: "t2" }, rules, settings)).toEqual({ ok: false, refusal: { code: "wrongTenant" } });
    expect(admit({ ...base, tid: undefined }, rules, settings)).toEqual({ ok: false, refusal: { code: "wrongTenant" } });
  });

  it("matches whole e-mail domains only and needs a verified address for them", () => {
    const rules = { ...open, allowedEmailDomains: ["@vestby.kommune.no"] };
    expect(admit(base, rules, settings).ok).toBe(true);
    expect(admit({ ...base, email: "kari@evil-vestby.kommune.no.example" }, rules, settings)).toMatchObject({ ok: false, refusal: { code: "domainNotAllowed", domains: ["vestby.kommune.no"] } });
    expect(admit({ ...base, email: "kari@sub.vestby.kommune.no" }, rules, settings)).toMatchObject({ ok: false, refusal: { code: "domainNotAllowed" } });
    expect(admit({ ...base, email_verified: false }, rules, settings)).toMatchObject({ ok: false, refusal: { code: "emailNotVerified" } });
    // Entra ID's xms_edov, or the operator's word (OIDC_TRUST_EMAIL), stands in for email_verified.
    expect(admit({ ...base, email_verified: undefined, xms_edov: true }, rules, settings).ok).toBe(true);
    expect(admit({ ...base, email_verified: undefined }, rules, settings)).toMatchObject({ ok: false, refusal: { code: "emailNotVerified" } });
    expect(admit({ ...base, email_verified: undefined }, rules, { ...settings, trustEmail: true }).ok).toBe(true);
    expect(admit({ ...base, email_verified: "true" }, rules, settings).ok).toBe(true);
  });

  it("needs one of the required groups, reads the claim named in the settings, and gives admin from the admin groups", () => {
    const rules = { ...open, requiredGroups: ["users"], adminGroups: ["admins"] };
    expect(admit({ ...base, groups: ["users"] }, rules, settings)).toMatchObject({ ok: true, admitted: { roleFromClaims: "facilitator" } });
    expect(admit({ ...base, groups: ["users", "admins"] }, rules, settings)).toMatchObject({ ok: true, admitted: { roleFromClaims: "admin" } });
    expect(admit({ ...base, groups: ["others"] }, rules, settings)).toEqual({ ok: false, refusal: { code: "groupRequired" } });
    expect(admit({ ...base }, rules, settings)).toEqual({ ok: false, refusal: { code: "groupRequired" } });
    expect(admit({ ...base, roles: ["users"] }, rules, { ...settings, groupsClaim: "roles" }).ok).toBe(true);
  });

  it("says so when Entra ID left the groups out because there are too many", () => {
    const overage = { ...base, _claim_names: { groups: "src1" }, _claim_sources: { src1: { endpoint: "https://graph.microsoft.com/…" } } };
    expect(admit(overage, { ...open, requiredGroups: ["users"] }, settings)).toEqual({ ok: false, refusal: { code: "groupsOverage" } });
    expect(admit(overage, open, settings).ok).toBe(true);
  });
});

describe("admit with odd claims", () => {
  it("refuses claims of the wrong type instead of failing", () => {
    expect(admit({ ...base, email: 42 }, open, settings)).toEqual({ ok: false, refusal: { code: "tokenInvalid" } });
    expect(admit({ ...base, sub: "" }, open, settings)).toEqual({ ok: false, refusal: { code: "tokenInvalid" } });
  });
});

describe("restrictsEntry", () => {
  it("is true when any allow-list is set (admin groups alone let everyone in)", () => {
    expect(restrictsEntry(open)).toBe(false);
    expect(restrictsEntry({ ...open, adminGroups: ["a"] })).toBe(false);
    expect(restrictsEntry({ ...open, allowedEmailDomains: ["vestby.kommune.no"] })).toBe(true);
  });
});
