"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextField } from "@/components/ui/TextField";

export function AdminSettings({ signupOpen: initial }: { signupOpen: boolean }) {
  const t = useTranslations("admin");
  const [signupOpen, setSignupOpen] = useState(initial);
  const [status, setStatus] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);

  async function toggle(open: boolean) {
    const res = await fetch("/api/admin/settings", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ signupOpen: open }) });
    if (res.ok) {
      setSignupOpen(open);
      setStatus(open ? t("signupNowOpen") : t("signupNowClosed"));
    } else setStatus(t("saveFailed"));
  }

  async function invite(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    const res = await fetch("/api/admin/invites", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(email ? { email } : {}) });
    if (res.ok) setLink(((await res.json()) as { link: string }).link);
    else setStatus(t("inviteFailed"));
  }

  return (
    <div className="mt-6 space-y-8">
      <section aria-labelledby="signup-heading" className="rounded-xl bg-white p-5 shadow-sm">
        <h2 id="signup-heading" className="text-2xl font-bold">{t("signupHeading")}</h2>
        <label className="mt-3 flex items-center gap-3 text-lg">
          <input type="checkbox" className="h-6 w-6" checked={signupOpen} onChange={(e) => toggle(e.target.checked)} />
          {t("signupOpenLabel")}
        </label>
        <p role="status" className="mt-2 text-muted">{status}</p>
      </section>
      <section aria-labelledby="invite-heading" className="rounded-xl bg-white p-5 shadow-sm">
        <h2 id="invite-heading" className="text-2xl font-bold">{t("inviteHeading")}</h2>
        <form onSubmit={invite} className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-end">
          <TextField name="email" type="email" label={t("inviteEmail")} hint={t("inviteEmailHint")} className="grow" />
          <button type="submit" className="rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800">{t("createInvite")}</button>
        </form>
        {link && (
          <p className="mt-3 break-all">
            {t("inviteLink")}: <code className="rounded bg-slate-100 px-2 py-1">{link}</code>
          </p>
        )}
      </section>
    </div>
  );
}
