// The allow-lists in force: the environment gives the starting values, and once an admin saves
// them at /admin the saved values apply (one Setting row, so every instance sees the same).
import { z } from "zod";
import type { Config } from "../../config";
import type { Db } from "../../db/client";
import type { AccessRules } from "./admission";

const settingKey = "oidcAccessRules";

const listItem = z.string().trim().min(1).max(200);
export const accessRulesInput = z.object({
  allowedTenants: z.array(listItem).max(50),
  allowedEmailDomains: z.array(listItem.transform((d) => d.toLowerCase().replace(/^@/, "")).pipe(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "domainInvalid"))).max(50),
  requiredGroups: z.array(listItem).max(50),
  adminGroups: z.array(listItem).max(50),
  linkAccounts: z.boolean(),
});

export function accessRulesFromEnv(config: Config): AccessRules {
  return {
    allowedTenants: config.OIDC_ALLOWED_TENANTS,
    allowedEmailDomains: config.OIDC_ALLOWED_EMAIL_DOMAINS.map((d) => d.toLowerCase().replace(/^@/, "")),
    requiredGroups: config.OIDC_REQUIRED_GROUPS,
    adminGroups: config.OIDC_ADMIN_GROUPS,
    linkAccounts: config.OIDC_LINK_ACCOUNTS,
  };
}

/** The rules in force and whether an admin has saved them (otherwise they come from the environment). */
export async function loadAccessRules(db: Db, config: Config): Promise<{ rules: AccessRules; savedByAdmin: boolean }> {
  const row = await db.setting.findUnique({ where: { key: settingKey } });
  if (row) {
    const saved = accessRulesInput.safeParse(JSON.parse(row.value));
    if (saved.success) return { rules: saved.data, savedByAdmin: true };
  }
  return { rules: accessRulesFromEnv(config), savedByAdmin: false };
}

export async function saveAccessRules(db: Db, rules: AccessRules): Promise<void> {
  const value = JSON.stringify(accessRulesInput.parse(rules));
  await db.setting.upsert({ where: { key: settingKey }, create: { key: settingKey, value }, update: { value } });
}

/** Back to the environment's values. */
export async function resetAccessRules(db: Db): Promise<void> {
  await db.setting.deleteMany({ where: { key: settingKey } });
}
