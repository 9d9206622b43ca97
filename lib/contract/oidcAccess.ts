// The entry rules for sign-in through the identity provider, as the admin page edits them and
// server/platform/auth/oidc/admission.ts applies them.

/** The allow-lists and role rules in force (environment defaults, or what an admin saved). */
export interface AccessRules {
  /** Entra ID tenant ids (`tid`); empty = any tenant the issuer serves. */
  allowedTenants: string[];
  /** E-mail domains such as `vestby.kommune.no`; empty = any domain. */
  allowedEmailDomains: string[];
  /** The person must be in at least one of these groups; empty = no group needed. */
  requiredGroups: string[];
  /** Members of any of these groups are administrators in Samla. */
  adminGroups: string[];
  /** May a sign-in take over a password account with the same verified e-mail? */
  linkAccounts: boolean;
}
