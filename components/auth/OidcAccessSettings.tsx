"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextField } from "@/components/ui/TextField";
import type { AccessRules } from "@/lib/contract/oidcAccess";

type ListField = "allowedTenants" | "allowedEmailDomains" | "requiredGroups" | "adminGroups";
const listFields: { field: ListField; example: string }[] = [
  { field: "allowedTenants", example: "72f988bf-86f1-41af-91ab-2d7cd011db47" },
  { field: "allowedEmailDomains", example: "vestby.kommune.no, as.kommune.no" },
  { field: "requiredGroups", example: "samla-brukere" },
  { field: "adminGroups", example: "samla-admin" },
];

const toText = (list: string[]) => list.join(", ");
const toList = (text: string) => text.split(",").map((s) => s.trim()).filter(Boolean);

/** Who may enter through the identity provider (saved rules replace the environment's). */
export function OidcAccessSettings({ provider, initial }: { provider: string; initial: { rules: AccessRules; savedByAdmin: boolean } }) {
  const t = useTranslations("admin.oidc");
  const [current, setCurrent] = useState(initial);
  const [texts, setTexts] = useState(() => Object.fromEntries(listFields.map(({ field }) => [field, toText(initial.rules[field])])) as Record<ListField, string>);
  const [linkAccounts, setLinkAccounts] = useState(initial.rules.linkAccounts);
  const [status, setStatus] = useState<string | null>(null);
  const [domainError, setDomainError] = useState<string | null>(null);

  function show(next: { rules: AccessRules; savedByAdmin: boolean }) {
    setCurrent(next);
    setTexts(Object.fromEntries(listFields.map(({ field }) => [field, toText(next.rules[field])])) as Record<ListField, string>);
    setLinkAccounts(next.rules.linkAccounts);
  }

  async function send(method: "PUT" | "DELETE") {
    setStatus(null);
    setDomainError(null);
    const body = method === "PUT" ? JSON.stringify({ ...Object.fromEntries(listFields.map(({ field }) => [field, toList(texts[field])])), linkAccounts }) : undefined;
    const res = await fetch("/api/admin/oidc", { method, headers: { "content-type": "application/json" }, body });
    if (res.ok) {
      show(await res.json());
      setStatus(method === "PUT" ? t("saved") : t("resetDone"));
      return;
    }
    const error = (await res.json().catch(() => ({}))) as { details?: { path: string; code: string }[] };
    if (error.details?.some((d) => d.path.startsWith("allowedEmailDomains"))) setDomainError(t("domainInvalid"));
    else setStatus(t("saveFailed"));
  }

  return (
    <section aria-labelledby="oidc-heading" className="rounded-xl bg-white p-5 shadow-sm">
      <h2 id="oidc-heading" className="text-2xl font-bold">{t("heading", { provider })}</h2>
      <p className="mt-2">{t("lead")}</p>
      <p className="mt-2 text-muted">{current.savedByAdmin ? t("savedByAdmin") : t("fromEnvironment")}</p>
      <form
        className="mt-4 space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          void send("PUT");
        }}
      >
        {listFields.map(({ field, example }) => (
          <TextField
            key={field}
            name={field}
            label={t(field)}
            hint={t("listHint", { example })}
            error={field === "allowedEmailDomains" ? domainError : null}
            value={texts[field]}
            onChange={(e) => setTexts((prev) => ({ ...prev, [field]: e.target.value }))}
          />
        ))}
        <label className="flex items-start gap-3 text-lg">
          <input type="checkbox" className="mt-1 h-6 w-6 shrink-0" checked={linkAccounts} onChange={(e) => setLinkAccounts(e.target.checked)} />
          {t("linkAccounts")}
        </label>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className="rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800">{t("save")}</button>
          {current.savedByAdmin && (
            <button type="button" onClick={() => void send("DELETE")} className="rounded-lg border-2 border-brand-700 px-5 py-3 font-semibold text-brand-800 hover:bg-brand-50">
              {t("reset")}
            </button>
          )}
        </div>
        <p role="status" className="text-muted">{status}</p>
      </form>
    </section>
  );
}
