"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextField } from "@/components/ui/TextField";

type FieldErrors = Partial<Record<"name" | "email" | "password", string>>;

export function SignUpForm({ inviteToken }: { inviteToken: string | null }) {
  const t = useTranslations("auth");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = { name: form.get("name"), email: form.get("email"), password: form.get("password"), ...(inviteToken ? { inviteToken } : {}) };
    setBusy(true);
    setErrors({});
    setFormError(null);
    const res = await fetch("/api/account/signup", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    if (!res.ok) {
      setBusy(false);
      const payload = (await res.json().catch(() => ({}))) as { error?: string; details?: Array<{ path: string; code: string }> };
      if (payload.error === "invalidInput" && payload.details) {
        const next: FieldErrors = {};
        for (const d of payload.details) next[d.path as keyof FieldErrors] = t(`validation.${d.code}` as "validation.emailInvalid");
        setErrors(next);
      } else {
        setFormError(t(`signupError.${payload.error ?? "generic"}` as "signupError.generic"));
      }
      return;
    }
    const result = await signIn("credentials", { email: body.email, password: body.password, redirect: false });
    if (result?.error) {
      setBusy(false);
      setFormError(t("errorGeneric"));
    } else {
      window.location.assign("/dashboard");
    }
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      {formError && (
        <div role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 px-4 py-3 font-medium text-red-900">
          {formError}
        </div>
      )}
      <TextField name="name" label={t("name")} autoComplete="name" required error={errors.name} />
      <TextField name="email" type="email" label={t("email")} autoComplete="email" required error={errors.email} />
      <TextField name="password" type="password" label={t("password")} hint={t("passwordHint")} autoComplete="new-password" required error={errors.password} />
      <button type="submit" disabled={busy} className="w-full rounded-lg bg-brand-700 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {busy ? t("creatingAccount") : t("createAccount")}
      </button>
    </form>
  );
}
