"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextField } from "@/components/ui/TextField";

/** A refusal as the sign-in page got it: a code and the values its sentence names. */
export interface SignInError {
  code: string;
  params: Record<string, string>;
}

interface Props {
  callbackUrl: string;
  /** Sign-in with the identity provider, when one is set up. */
  oidc: { name: string; href: string } | null;
  passwordSignin: boolean;
  initialError: SignInError | null;
}

/** Maps next-auth's error strings (including our "locked:N") and OIDC refusals to a translated sentence. */
function useErrorText(providerName: string) {
  const t = useTranslations("auth");
  return ({ code, params }: SignInError) => {
    const locked = /^locked:(\d+)$/.exec(code);
    if (locked) return t("errorLocked", { minutes: Number(locked[1]) });
    if (code === "signupClosed") return t("errorSignupClosed");
    if (code === "accountDisabled") return t("errorAccountDisabled");
    if (code === "CredentialsSignin") return t("errorCredentials");
    if (code === "passwordSigninOff") return t("errorPasswordSigninOff", { provider: providerName });
    const oidc = /^oidc\.(\w+)$/.exec(code);
    if (oidc && t.has(`oidcError.${oidc[1]}`)) {
      return t(`oidcError.${oidc[1]}`, { provider: providerName, email: params.email ?? "", domains: params.domains ?? "", minutes: Number(params.minutes ?? 0), providerError: params.providerError ?? "" });
    }
    return t("errorGeneric");
  };
}

export function SignInForm({ callbackUrl, oidc, passwordSignin, initialError }: Props) {
  const t = useTranslations("auth");
  const errorText = useErrorText(oidc?.name ?? "");
  const [error, setError] = useState<SignInError | null>(initialError);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const result = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
    setBusy(false);
    if (result?.error) setError({ code: result.error, params: {} });
    else window.location.assign(callbackUrl);
  }

  return (
    <div className="mt-6 space-y-6">
      {error && (
        <div role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 px-4 py-3 font-medium text-red-900">
          {errorText(error)}
        </div>
      )}
      {oidc && (
        // A plain link: the provider's sign-in works without JavaScript, and the server starts the flow.
        <a href={oidc.href} className="block w-full rounded-lg bg-brand-700 px-5 py-3 text-center text-lg font-semibold text-white hover:bg-brand-800">
          {t("signInWith", { provider: oidc.name })}
        </a>
      )}
      {oidc && passwordSignin && <p className="text-center text-muted">{t("orWithPassword")}</p>}
      {passwordSignin && (
        <>
          <form onSubmit={onSubmit} className="space-y-4" noValidate>
            <TextField name="email" type="email" label={t("email")} autoComplete="email" required />
            <TextField name="password" type="password" label={t("password")} autoComplete="current-password" required />
            <button
              type="submit"
              disabled={busy}
              className={oidc ? "w-full rounded-lg border-2 border-brand-700 px-5 py-3 text-lg font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60" : "w-full rounded-lg bg-brand-700 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-60"}
            >
              {busy ? t("signingIn") : t("signIn")}
            </button>
          </form>
          <p>
            {t("noAccount")}{" "}
            <Link href="/signup" className="font-semibold text-brand-700 underline">
              {t("createAccount")}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
