"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/TextField";
import { fieldErrors, sendJson } from "@/components/workshop/api";
import { buttonPrimary, inputClass, panelClass } from "@/components/workshop/styles";
import { useErrorText, useFieldErrorText } from "@/components/workshop/useErrorText";

/** Creates a programme and opens it. */
export function CreateProgrammeForm({ defaultLanguage }: { defaultLanguage: "nb" | "en" }) {
  const t = useTranslations("programme.create");
  const router = useRouter();
  const errorText = useErrorText();
  const fieldText = useFieldErrorText();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const res = await sendJson<{ programme: { id: string } }>("POST", "/api/programmes", {
      title: String(form.get("title") ?? ""),
      description: String(form.get("description") ?? ""),
      language: String(form.get("language") ?? "nb"),
    });
    setBusy(false);
    if (res.ok) return router.push(`/programmes/${res.data.programme.id}`);
    setFields(fieldErrors(res.error));
    if (res.error.error !== "invalidInput") setError(errorText(res.error));
  }

  return (
    <form onSubmit={submit} className={`${panelClass} mt-8 grid gap-4`} aria-labelledby="create-programme-heading" noValidate>
      <h2 id="create-programme-heading" className="text-2xl font-bold">{t("heading")}</h2>
      <TextField name="title" label={t("title")} hint={t("titleHint")} required maxLength={200} error={fieldText(fields.title)} />
      <div>
        <label htmlFor="programme-description" className="block font-semibold">{t("description")}</label>
        <textarea id="programme-description" name="description" maxLength={2000} rows={3} className={inputClass} />
      </div>
      <div>
        <label htmlFor="programme-language" className="block font-semibold">{t("language")}</label>
        <select id="programme-language" name="language" defaultValue={defaultLanguage} className={inputClass}>
          <option value="nb">Norsk bokmål</option>
          <option value="en">English</option>
        </select>
      </div>
      {error && <p role="alert" className="font-medium text-red-800">{error}</p>}
      <div>
        <button type="submit" className={buttonPrimary} disabled={busy}>{t("submit")}</button>
      </div>
    </form>
  );
}
