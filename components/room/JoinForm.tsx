"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { TextField } from "@/components/ui/TextField";

const OTHER = "__other__";

interface Props {
  code: string;
  organisations: { id: string; name: string; sector: string | null }[];
  initial: { displayName: string; organisation: string; sector: string } | null;
}

type FieldErrors = Partial<Record<"displayName" | "organisation" | "sector", string>>;

/** Name, organisation (from the workshop's list or "other"), optional sector or role. */
export function JoinForm({ code, organisations, initial }: Props) {
  const t = useTranslations("join");
  const router = useRouter();
  const selectId = useId();
  const known = initial ? organisations.find((o) => o.name === initial.organisation) : undefined;
  const [displayName, setDisplayName] = useState(initial?.displayName ?? "");
  const [choice, setChoice] = useState(known ? known.id : initial ? OTHER : organisations.length === 0 ? OTHER : "");
  const [otherOrg, setOtherOrg] = useState(initial && !known ? initial.organisation : "");
  const [sector, setSector] = useState(initial?.sector ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const chosen = organisations.find((o) => o.id === choice);
  const organisation = choice === OTHER ? otherOrg.trim() : (chosen?.name ?? "");

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!displayName.trim()) found.displayName = t("errors.nameRequired");
    if (!organisation) found.organisation = t("errors.organisationRequired");
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    setSending(true);
    try {
      const res = await fetch("/api/join", {
        method: "POST",
        headers: { "content-type": "application/json" },
        // The organisation's type stands in for a sector the person did not give, so tables
        // can still be mixed across sectors.
        body: JSON.stringify({ code, displayName, organisation, sector: sector.trim() || chosen?.sector || null }),
      });
      const body = (await res.json().catch(() => ({}))) as { redirect?: string; error?: string; details?: { path: string }[] };
      if (res.ok && body.redirect) {
        router.push(body.redirect);
        return;
      }
      if (body.error === "invalidInput") {
        const paths = new Set(body.details?.map((d) => d.path));
        setErrors({
          displayName: paths.has("displayName") ? t("errors.nameInvalid") : undefined,
          organisation: paths.has("organisation") ? t("errors.organisationInvalid") : undefined,
          sector: paths.has("sector") ? t("errors.sectorInvalid") : undefined,
        });
      } else {
        const known = ["notFound", "notOpen", "closed", "archived", "full"];
        setFormError(body.error && known.includes(body.error) ? t(`refusal.${body.error}`, { code }) : t("errors.generic"));
      }
    } catch {
      setFormError(t("errors.network"));
    } finally {
      setSending(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="mt-6 flex flex-col gap-5 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
      <TextField label={t("name")} hint={t("nameHint")} value={displayName} onChange={(e) => setDisplayName(e.target.value)} maxLength={60} autoComplete="name" required error={errors.displayName} />
      {organisations.length > 0 && (
        <div>
          <label htmlFor={selectId} className="block font-semibold">
            {t("organisation")}
          </label>
          <select
            id={selectId}
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
            required
            aria-invalid={errors.organisation && choice !== OTHER ? true : undefined}
            aria-describedby={errors.organisation && choice !== OTHER ? `${selectId}-error` : undefined}
            className="mt-1 w-full rounded-lg border-2 border-slate-400 bg-white px-3 py-2 text-lg"
          >
            <option value="">{t("chooseOrganisation")}</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
            <option value={OTHER}>{t("otherOrganisation")}</option>
          </select>
          {errors.organisation && choice !== OTHER && (
            <p id={`${selectId}-error`} className="mt-1 font-medium text-red-800">
              {errors.organisation}
            </p>
          )}
        </div>
      )}
      {choice === OTHER && (
        <TextField
          label={organisations.length > 0 ? t("otherOrganisationName") : t("organisation")}
          value={otherOrg}
          onChange={(e) => setOtherOrg(e.target.value)}
          maxLength={120}
          autoComplete="organization"
          required
          error={errors.organisation}
        />
      )}
      <TextField label={t("sector")} hint={t("sectorHint")} value={sector} onChange={(e) => setSector(e.target.value)} maxLength={80} error={errors.sector} />
      {formError && (
        <p role="alert" className="rounded-lg border-2 border-red-800 bg-red-50 p-3 text-lg font-medium text-red-900">
          {formError}
        </p>
      )}
      <button type="submit" disabled={sending} className="self-start rounded-lg bg-brand-700 px-6 py-3 text-xl font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {sending ? t("joiningNow") : initial ? t("saveAndContinue") : t("submit")}
      </button>
    </form>
  );
}
