// The local account behind an admitted OIDC sign-in: the one already linked to this person,
// an existing password account with the same e-mail (only when linking is allowed and the
// e-mail is verified), or a new one. The first account of an empty Samla becomes admin, as
// with passwords; admin groups in the claims set the role at every sign-in.
import type { Db } from "../../db/client";
import { isSignUpOpen } from "../accounts";
import { restrictsEntry, type AccessRules, type Admitted } from "./admission";

export type AccountRefusal = { code: "accountExists"; email: string } | { code: "noAccount" } | { code: "accountDisabled" };

export interface LocalAccount {
  id: string;
  email: string;
  name: string;
  role: "admin" | "facilitator";
  created: boolean;
  linked: boolean;
}

const asRole = (role: string): "admin" | "facilitator" => (role === "admin" ? "admin" : "facilitator");

export async function accountForSignIn(
  db: Db,
  person: Admitted,
  rules: AccessRules,
  signUpOpenByEnv: boolean | undefined,
): Promise<{ ok: true; account: LocalAccount } | { ok: false; refusal: AccountRefusal }> {
  // One transaction, so two people racing to be "the first account" cannot both become admin.
  return db.$transaction(async (tx) => {
    const txDb = tx as unknown as Db;
    let user = await tx.user.findUnique({ where: { oidcSubject: person.subjectKey } });
    let created = false;
    let linked = false;
    if (!user) {
      const sameEmail = await tx.user.findUnique({ where: { email: person.email } });
      if (sameEmail) {
        // Taking over an account is only safe when the provider vouches for the address and the
        // admin has said that addresses at this provider identify people.
        const mayLink = rules.linkAccounts && person.emailVerified && !sameEmail.oidcSubject;
        if (!mayLink) return { ok: false, refusal: { code: "accountExists", email: person.email } } as const;
        user = await tx.user.update({ where: { id: sameEmail.id }, data: { oidcSubject: person.subjectKey } });
        linked = true;
      } else {
        const first = (await tx.user.count()) === 0;
        if (!first && !restrictsEntry(rules) && !(await isSignUpOpen(txDb, signUpOpenByEnv))) {
          return { ok: false, refusal: { code: "noAccount" } } as const;
        }
        const role = first ? "admin" : (person.roleFromClaims ?? "facilitator");
        user = await tx.user.create({ data: { email: person.email, name: person.name, oidcSubject: person.subjectKey, role } });
        created = true;
      }
    }
    // An administrator disabled the account: the provider's word does not bring it back.
    if (user.disabledAt) return { ok: false, refusal: { code: "accountDisabled" } } as const;
    if (!created && person.roleFromClaims && person.roleFromClaims !== user.role) {
      // The claims decide, except that Samla never loses its last administrator this way
      // (the first account may be admin without being in the provider's admin group).
      const demotesLastAdmin = person.roleFromClaims === "facilitator" && (await tx.user.count({ where: { role: "admin" } })) <= 1;
      if (!demotesLastAdmin) user = await tx.user.update({ where: { id: user.id }, data: { role: person.roleFromClaims } });
    }
    return { ok: true, account: { id: user.id, email: user.email, name: user.name, role: asRole(user.role), created, linked } } as const;
  });
}
