"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { MethodKey } from "@/lib/domain/templates/methodTemplates";
import { Alert } from "./Alert";
import { fieldErrors, sendJson } from "./api";
import { DetailsFields, detailsPayload, type Details } from "./DetailsFields";
import { OrganisationsEditor, type OrganisationRow } from "./OrganisationsEditor";
import { buttonPrimary, panelClass } from "./styles";
import { useErrorText } from "./useErrorText";

export type MethodChoice = { key: MethodKey; name: string; description: string; phaseTitles: string[] };

export function CreateWorkshopForm({ methods, defaultLanguage, defaultRetentionMonths }: { methods: MethodChoice[]; defaultLanguage: "nb" | "en"; defaultRetentionMonths: number }) {
  const t = useTranslations("workshop.create");
  const router = useRouter();
  const errorText = useErrorText();
  const [details, setDetails] = useState<Details>({ title: "", date: "", place: "", organisers: "", language: defaultLanguage, capacity: "", anonymous: false, minGroupSize: "3", retentionMonths: "" });
  const [method, setMethod] = useState<MethodChoice["key"]>("searchConference");
  const [organisations, setOrganisations] = useState<OrganisationRow[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFormError(null);
    const res = await sendJson<{ workshop: { id: string } }>("POST", "/api/workshops", { ...detailsPayload(details), method, organisations });
    if (res.ok) {
      router.push(`/workshops/${res.data.workshop.id}`);
      return;
    }
    setBusy(false);
    const fields = fieldErrors(res.error);
    setErrors(fields);
    setFormError(Object.keys(fields).length > 0 ? t("fixErrors") : errorText(res.error));
  }

  return (
    <form onSubmit={submit} noValidate className="mt-6 space-y-8">
      {formError && <Alert kind="error">{formError}</Alert>}
      <section aria-labelledby="create-details" className={panelClass}>
        <h2 id="create-details" className="text-2xl font-bold">{t("detailsHeading")}</h2>
        <div className="mt-4">
          <DetailsFields value={details} onChange={setDetails} errors={errors} retention={{ defaultMonths: defaultRetentionMonths, createdAt: null }} />
        </div>
      </section>

      <fieldset className={panelClass}>
        <legend className="float-left mb-2 w-full text-2xl font-bold">{t("methodHeading")}</legend>
        <p className="clear-both text-muted">{t("methodHint")}</p>
        <div className="mt-4 grid gap-4 lg:grid-cols-3">
          {methods.map((m) => (
            <label key={m.key} className={`block cursor-pointer rounded-xl border-2 p-4 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-[#0b57d0] ${method === m.key ? "border-brand-700 bg-brand-50" : "border-slate-300 bg-white"}`}>
              <span className="flex items-center gap-3">
                <input type="radio" name="method" value={m.key} checked={method === m.key} onChange={() => setMethod(m.key)} className="size-5" />
                <span className="text-xl font-bold">{m.name}</span>
              </span>
              <span className="mt-2 block">{m.description}</span>
              <span className="mt-2 block text-sm text-muted">{t("phasesList", { phases: m.phaseTitles.join(" → ") })}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <section aria-labelledby="create-orgs" className={panelClass}>
        <h2 id="create-orgs" className="text-2xl font-bold">{t("organisationsHeading")}</h2>
        <p className="text-muted">{t("organisationsHint")}</p>
        <div className="mt-4">
          <OrganisationsEditor value={organisations} onChange={setOrganisations} />
        </div>
      </section>

      <button type="submit" disabled={busy} className={buttonPrimary}>
        {busy ? t("creating") : t("submit")}
      </button>
    </form>
  );
}
