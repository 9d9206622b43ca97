// Who may enter through the identity provider, decided from the validated ID-token claims
// alone (pure: no I/O). The token's signature, issuer, audience, expiry and nonce were checked
// before this runs (signInWithProvider.ts); these rules are Samla's own on top of that.
import { z } from "zod";
import type { AccessRules } from "../../../../lib/contract/oidcAccess";

export type { AccessRules };

export interface ClaimSettings {
  groupsClaim: string;
  /** Treat an e-mail without an `email_verified` claim as verified (the provider vouches for it). */
  trustEmail: boolean;
}

/** Why someone was turned away; each code has a translated sentence (auth.oidcError.*). */
export type Refusal =
  | { code: "wrongTenant" }
  | { code: "domainNotAllowed"; email: string; domains: string[] }
  | { code: "groupRequired" }
  | { code: "groupsOverage" }
  | { code: "emailMissing" }
  | { code: "emailNotVerified"; email: string }
  /** A claim Samla reads has the wrong type (a signed token, but not one Samla can use). */
  | { code: "tokenInvalid" };

export interface Admitted {
  /** Stable key for the person at this provider: issuer + subject (a subject is unique per issuer only). */
  subjectKey: string;
  email: string;
  emailVerified: boolean;
  name: string;
  /** The role the claims give, when admin groups are configured; null = the claims say nothing. */
  roleFromClaims: "admin" | "facilitator" | null;
}

const claimsShape = z
  .object({
    iss: z.string().min(1),
    sub: z.string().min(1),
    tid: z.string().optional(),
    email: z.string().optional(),
    email_verified: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).optional(),
    /** Entra ID: the e-mail's domain is verified by the tenant that issued it. */
    xms_edov: z.union([z.boolean(), z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1")]).optional(),
    preferred_username: z.string().optional(),
    name: z.string().optional(),
    _claim_names: z.record(z.string(), z.unknown()).optional(),
  })
  .loose();

const emailLike = z.email();

function normaliseDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/^@/, "");
}

/** Groups as a list of strings, whether the claim is an array or one space-separated string. */
function groupsOf(claims: Record<string, unknown>, claim: string): string[] {
  const value = claims[claim];
  if (Array.isArray(value)) return value.filter((g): g is string => typeof g === "string");
  if (typeof value === "string") return value.split(/\s+/).filter(Boolean);
  return [];
}

export function admit(rawClaims: Record<string, unknown>, rules: AccessRules, settings: ClaimSettings): { ok: true; admitted: Admitted } | { ok: false; refusal: Refusal } {
  const parsed = claimsShape.safeParse(rawClaims);
  if (!parsed.success) return { ok: false, refusal: { code: "tokenInvalid" } };
  const claims = parsed.data;

  if (rules.allowedTenants.length > 0 && !(claims.tid && rules.allowedTenants.includes(claims.tid))) {
    return { ok: false, refusal: { code: "wrongTenant" } };
  }

  // Entra ID sends `email` only when the optional claim is set up; the sign-in name is then
  // usually the same address. Other providers send `email` with the email scope.
  const fromEmail = claims.email?.trim().toLowerCase();
  const fromUsername = claims.preferred_username?.trim().toLowerCase();
  const email = fromEmail && emailLike.safeParse(fromEmail).success ? fromEmail : fromUsername && emailLike.safeParse(fromUsername).success ? fromUsername : null;
  if (!email) return { ok: false, refusal: { code: "emailMissing" } };
  const emailVerified = claims.email_verified ?? (claims.xms_edov || settings.trustEmail);

  if (rules.allowedEmailDomains.length > 0) {
    const domains = rules.allowedEmailDomains.map(normaliseDomain);
    const domain = email.slice(email.lastIndexOf("@") + 1);
    if (!domains.includes(domain)) return { ok: false, refusal: { code: "domainNotAllowed", email, domains } };
    // An unverified address proves nothing about where the person works.
    if (!emailVerified) return { ok: false, refusal: { code: "emailNotVerified", email } };
  }

  const groupRulesApply = rules.requiredGroups.length > 0 || rules.adminGroups.length > 0;
  // Entra ID replaces a long group list with a pointer to Graph ("overage"); the list is not here.
  if (groupRulesApply && claims._claim_names && settings.groupsClaim in claims._claim_names) {
    return { ok: false, refusal: { code: "groupsOverage" } };
  }
  const groups = groupsOf(rawClaims, settings.groupsClaim);
  if (rules.requiredGroups.length > 0 && !groups.some((g) => rules.requiredGroups.includes(g))) {
    return { ok: false, refusal: { code: "groupRequired" } };
  }

  const roleFromClaims = rules.adminGroups.length === 0 ? null : groups.some((g) => rules.adminGroups.includes(g)) ? "admin" : "facilitator";
  return {
    ok: true,
    admitted: {
      subjectKey: `${claims.iss} ${claims.sub}`,
      email,
      emailVerified,
      name: claims.name?.trim() || email,
      roleFromClaims,
    },
  };
}

/** Whether any allow-list is set: then the allow-lists, not open sign-up, decide who gets an account. */
export function restrictsEntry(rules: AccessRules): boolean {
  return rules.allowedTenants.length > 0 || rules.allowedEmailDomains.length > 0 || rules.requiredGroups.length > 0;
}
