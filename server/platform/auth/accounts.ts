// Facilitator and organiser accounts: who may sign up, and creating the account.
// The first account becomes admin; after that, sign-up needs an invite or open sign-up.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "../db/client";
import { hashPassword, passwordRules } from "./passwords";

export const signUpInput = z.object({
  name: z.string().trim().min(1, "nameRequired").max(120, "nameTooLong"),
  email: z.string().trim().toLowerCase().pipe(z.email("emailInvalid")),
  password: z.string().min(passwordRules.minLength, "passwordTooShort").max(passwordRules.maxLength, "passwordTooLong"),
  inviteToken: z.string().max(200).optional(),
});
export type SignUpInput = z.infer<typeof signUpInput>;

export type SignUpResult =
  | { ok: true; userId: string; role: "admin" | "facilitator" }
  | { ok: false; code: "signupClosed" | "inviteInvalid" | "emailTaken" };

const signupSettingKey = "signupOpen";

export async function isSignUpOpen(db: Db, envDefault: boolean | undefined): Promise<boolean> {
  const setting = await db.setting.findUnique({ where: { key: signupSettingKey } });
  if (setting) return setting.value === "true";
  return envDefault ?? false;
}

export async function setSignUpOpen(db: Db, open: boolean): Promise<void> {
  await db.setting.upsert({ where: { key: signupSettingKey }, create: { key: signupSettingKey, value: String(open) }, update: { value: String(open) } });
}

export async function hasAnyUser(db: Db): Promise<boolean> {
  return (await db.user.count()) > 0;
}

export async function signUp(db: Db, input: SignUpInput, signUpOpenByEnv: boolean | undefined): Promise<SignUpResult> {
  const passwordHash = await hashPassword(input.password);
  // One transaction so two people racing to be "the first account" cannot both become admin.
  return db.$transaction(async (tx) => {
    const first = (await tx.user.count()) === 0;
    let inviteId: string | null = null;
    if (!first) {
      if (input.inviteToken) {
        const invite = await tx.invite.findUnique({ where: { token: input.inviteToken } });
        const usable = invite && !invite.usedAt && invite.expiresAt > new Date() && (!invite.email || invite.email === input.email);
        if (!usable) return { ok: false, code: "inviteInvalid" } as const;
        inviteId = invite.id;
      } else if (!(await isSignUpOpen(tx as unknown as Db, signUpOpenByEnv))) {
        return { ok: false, code: "signupClosed" } as const;
      }
    }
    if (await tx.user.findUnique({ where: { email: input.email } })) return { ok: false, code: "emailTaken" } as const;
    const role = first ? "admin" : "facilitator";
    const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash, role } });
    if (inviteId) await tx.invite.update({ where: { id: inviteId }, data: { usedAt: new Date() } });
    return { ok: true, userId: user.id, role } as const;
  });
}

export async function createInvite(db: Db, createdById: string, email: string | undefined, days = 14) {
  return db.invite.create({
    data: { token: randomBytes(24).toString("base64url"), email: email?.toLowerCase(), createdById, expiresAt: new Date(Date.now() + days * 86_400_000) },
  });
}
