"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("common");
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/" })} className="rounded border border-slate-300 px-3 py-2 font-medium hover:bg-slate-50">
      {t("signOut")}
    </button>
  );
}
