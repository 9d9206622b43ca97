"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextField } from "@/components/ui/TextField";

interface Props {
  callbackUrl: string;
  oidc: { id: string; name: string } | null;
  initialError: string | null;
}

/** Maps next-auth's error strings (including our "locked:N") to a translated sentence. */
function useErrorText() {
  const t = useTranslations("auth");
  return (error: string) => {
    const locked = /^locked:(\d+)$/.exec(error);
    if (locked) return t("errorLocked", { minutes: Number(locked[1]) });
    if (error === "signupClosed") return t("errorSignupClosed");
    if (error === "accountDisabled") return t("errorAccountDisabled");
    if (error === "CredentialsSignin") return t("errorCredentials");
    return t("errorGeneric");
  };
}

export function SignInForm({ callbackUrl, oidc, initialError }: Props) {
  const t = useTranslations("auth");
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(initialError);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const result = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
    setBusy(false);
    if (result?.error) setError(result.error);
    else window.location.assign(callbackUrl);
  }

  return (
    <div className="mt-6 space-y-6">
      {error && (
        <div role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 px-4 py-3 font-medium text-red-900">
          {errorText(error)}
        </div>
      )}
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextField name="email" type="email" label={t("email")} autoComplete="email" required />
        <TextField name="password" type="password" label={t("password")} autoComplete="current-password" required />
        <button type="submit" disabled={busy} className="w-full rounded-lg bg-brand-700 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {busy ? t("signingIn") : t("signIn")}
        </button>
      </form>
      {oidc && (
        <button type="button" onClick={() => signIn(oidc.id, { callbackUrl })} className="w-full rounded-lg border-2 border-brand-700 px-5 py-3 text-lg font-semibold text-brand-800 hover:bg-brand-50">
          {t("signInWith", { provider: oidc.name })}
        </button>
      )}
      <p>
        {t("noAccount")}{" "}
        <Link href="/signup" className="font-semibold text-brand-700 underline">
          {t("createAccount")}
        </Link>
      </p>
    </div>
  );
}
