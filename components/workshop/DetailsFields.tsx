"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/TextField";
import { inputClass } from "./styles";
import { useFieldErrorText } from "./useErrorText";

export type Details = { title: string; date: string; place: string; organisers: string; language: "nb" | "en"; capacity: string; anonymous: boolean; minGroupSize: string };

export function detailsPayload(d: Details) {
  return {
    title: d.title,
    date: d.date || null,
    place: d.place || null,
    organisers: d.organisers || null,
    language: d.language,
    anonymous: d.anonymous,
    // An empty or unreadable field keeps the server's default (3) rather than failing the form.
    ...(d.minGroupSize.trim() === "" ? {} : { minGroupSize: Number(d.minGroupSize) }),
    capacity: d.capacity.trim() === "" ? null : Number(d.capacity),
  };
}

interface Props {
  value: Details;
  onChange: (value: Details) => void;
  errors: Record<string, string>;
}

/** The fields a workshop is described by; shared by the create form and the setup page. */
export function DetailsFields({ value, onChange, errors }: Props) {
  const t = useTranslations("workshop.details");
  const fieldError = useFieldErrorText();
  const set = (patch: Partial<Details>) => onChange({ ...value, ...patch });
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <TextField className="md:col-span-2" label={t("title")} required value={value.title} maxLength={200} onChange={(e) => set({ title: e.target.value })} error={fieldError(errors.title)} />
      <TextField label={t("date")} type="date" value={value.date} onChange={(e) => set({ date: e.target.value })} error={fieldError(errors.date)} />
      <TextField label={t("place")} value={value.place} maxLength={200} onChange={(e) => set({ place: e.target.value })} error={fieldError(errors.place)} />
      <TextField className="md:col-span-2" label={t("organisers")} hint={t("organisersHint")} value={value.organisers} maxLength={500} onChange={(e) => set({ organisers: e.target.value })} error={fieldError(errors.organisers)} />
      <div>
        <label htmlFor="workshop-language" className="block font-semibold">
          {t("language")}
        </label>
        <p id="workshop-language-hint" className="text-sm text-muted">
          {t("languageHint")}
        </p>
        <select id="workshop-language" aria-describedby="workshop-language-hint" value={value.language} onChange={(e) => set({ language: e.target.value as "nb" | "en" })} className={inputClass}>
          <option value="nb">{t("languageNb")}</option>
          <option value="en">{t("languageEn")}</option>
        </select>
      </div>
      <TextField label={t("capacity")} hint={t("capacityHint")} type="number" min={1} max={2000} inputMode="numeric" value={value.capacity} onChange={(e) => set({ capacity: e.target.value })} error={fieldError(errors.capacity)} />
      <label className="flex items-start gap-3 md:col-span-2">
        <input type="checkbox" className="mt-1 size-5" checked={value.anonymous} onChange={(e) => set({ anonymous: e.target.checked })} />
        <span>
          <span className="block font-semibold">{t("anonymous")}</span>
          <span className="block text-sm text-muted">{t("anonymousHint")}</span>
        </span>
      </label>
      <TextField
        label={t("minGroupSize")}
        hint={t("minGroupSizeHint")}
        type="number"
        min={2}
        max={20}
        inputMode="numeric"
        value={value.minGroupSize}
        onChange={(e) => set({ minGroupSize: e.target.value })}
        error={fieldError(errors.minGroupSize)}
      />
    </div>
  );
}
