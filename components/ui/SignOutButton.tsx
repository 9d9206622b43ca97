"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

/** `callbackUrl`: where to land afterwards (the signed-out page offers the provider's sign-out). */
export function SignOutButton({ callbackUrl = "/" }: { callbackUrl?: string }) {
  const t = useTranslations("common");
  return (
    <button type="button" onClick={() => signOut({ callbackUrl })} className="rounded border border-slate-300 px-3 py-2 font-medium hover:bg-slate-50">
      {t("signOut")}
    </button>
  );
}
