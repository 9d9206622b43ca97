"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/TextField";
import { fieldErrors, sendJson } from "@/components/workshop/api";
import { buttonPrimary, buttonSecondary, inputClass, panelClass } from "@/components/workshop/styles";
import { useErrorText, useFieldErrorText } from "@/components/workshop/useErrorText";

interface Props {
  programmeId: string;
  /** The programme's workshops: a new one copies one of these by default (the latest). */
  workshops: { id: string; title: string }[];
  methods: { key: string; label: string }[];
  /** The caller's workshops outside the programme, which may join it as they are. */
  others: { id: string; title: string }[];
}

/** A new workshop in the programme (a copy of another's set-up, or from a method), or an existing one. */
export function AddWorkshopForm({ programmeId, workshops, methods, others }: Props) {
  const t = useTranslations("programme.add");
  const router = useRouter();
  const errorText = useErrorText();
  const fieldText = useFieldErrorText();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);

  async function post(body: unknown, done: (title: string) => void) {
    setBusy(true);
    setError(null);
    setStatus("");
    const res = await sendJson<{ workshop: { id: string; title: string } }>("POST", `/api/programmes/${programmeId}/workshops`, body);
    setBusy(false);
    if (res.ok) {
      setFields({});
      done(res.data.workshop.title);
      router.refresh();
      return;
    }
    setFields(fieldErrors(res.error));
    if (res.error.error !== "invalidInput") setError(errorText(res.error));
  }

  function addNew(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const start = String(form.get("start") ?? "");
    const common = { title: String(form.get("title") ?? ""), date: String(form.get("date") ?? ""), place: String(form.get("place") ?? "") };
    const body = start.startsWith("copy:") ? { from: "copy", fromWorkshopId: start.slice(5), ...common } : { from: "template", method: start.slice("template:".length), ...common };
    void post(body, (title) => {
      formElement.reset();
      setStatus(t("added", { title }));
    });
  }

  function addExisting(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const workshopId = String(new FormData(event.currentTarget).get("workshopId") ?? "");
    if (workshopId) void post({ from: "existing", workshopId }, (title) => setStatus(t("added", { title })));
  }

  const latest = workshops[workshops.length - 1];
  return (
    <section className={`${panelClass} mt-8`} aria-labelledby="add-workshop-heading">
      <h2 id="add-workshop-heading" className="text-2xl font-bold">{t("heading")}</h2>
      <p className="mt-1 max-w-prose">{t("lead")}</p>
      {/* Keyed by the latest workshop: when one is added the form starts again from a copy of it. */}
      <form key={latest?.id ?? "none"} onSubmit={addNew} className="mt-4 grid gap-4 md:grid-cols-2" noValidate>
        <div className="md:col-span-2">
          <label htmlFor="add-start" className="block font-semibold">{t("from")}</label>
          <select id="add-start" name="start" defaultValue={latest ? `copy:${latest.id}` : `template:${methods[0]?.key}`} className={inputClass}>
            {workshops.map((w) => (
              <option key={w.id} value={`copy:${w.id}`}>{t("copyOf", { title: w.title })}</option>
            ))}
            {methods.map((m) => (
              <option key={m.key} value={`template:${m.key}`}>{t("template", { method: m.label })}</option>
            ))}
          </select>
        </div>
        <TextField name="title" label={t("title")} hint={t("titleHint")} required maxLength={200} error={fieldText(fields.title)} className="md:col-span-2" />
        <TextField name="date" type="date" label={t("date")} error={fieldText(fields.date)} />
        <TextField name="place" label={t("place")} maxLength={200} error={fieldText(fields.place)} />
        <div className="md:col-span-2">
          <button type="submit" className={buttonPrimary} disabled={busy}>{t("submit")}</button>
        </div>
      </form>
      <h3 className="mt-8 text-xl font-bold">{t("existingHeading")}</h3>
      {others.length === 0 ? (
        <p className="mt-1 text-muted">{t("noExisting")}</p>
      ) : (
        <form onSubmit={addExisting} className="mt-2 flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1">
            <label htmlFor="add-existing" className="block font-semibold">{t("existing")}</label>
            <select id="add-existing" name="workshopId" className={inputClass}>
              {others.map((w) => (
                <option key={w.id} value={w.id}>{w.title}</option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonSecondary} disabled={busy}>{t("existingSubmit")}</button>
        </form>
      )}
      <p role="status" className="mt-3 font-medium text-green-900">{status}</p>
      {error && <p role="alert" className="mt-2 font-medium text-red-800">{error}</p>}
    </section>
  );
}
