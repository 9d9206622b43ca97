"use client";

import { useFormatter, useTranslations } from "next-intl";
import { TextField } from "@/components/ui/TextField";
import { deletionDate, isRetentionPeriod, retentionHasPassed, retentionLimits } from "@/lib/domain/retention";
import { inputClass } from "./styles";
import { useFieldErrorText } from "./useErrorText";

export type Details = { title: string; date: string; place: string; organisers: string; language: "nb" | "en"; capacity: string; anonymous: boolean; minGroupSize: string; retentionMonths: string };

/** What the retention field needs to say when the workshop will be deleted. */
export interface RetentionContext {
  /** The administrator's default period, used when the field is empty. */
  defaultMonths: number;
  /** When the workshop was created (ISO); a new one counts from now. */
  createdAt: string | null;
}

/** The field's months as the API takes them: empty is the default (null); unreadable is sent for the server to refuse. */
function retentionValue(text: string): number | null {
  return text.trim() === "" ? null : Number(text);
}

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
    retentionMonths: retentionValue(d.retentionMonths),
  };
}

interface Props {
  value: Details;
  onChange: (value: Details) => void;
  errors: Record<string, string>;
  retention: RetentionContext;
}

/** The fields a workshop is described by; shared by the create form and the setup page. */
export function DetailsFields({ value, onChange, errors, retention }: Props) {
  const t = useTranslations("workshop.details");
  const format = useFormatter();
  const fieldError = useFieldErrorText();
  const set = (patch: Partial<Details>) => onChange({ ...value, ...patch });
  // Said as it is typed, so an old date or a short period is seen before the sweep deletes.
  const months = retentionValue(value.retentionMonths);
  const readable = months === null || isRetentionPeriod(months);
  const retained = { date: value.date || null, createdAt: retention.createdAt ? new Date(retention.createdAt) : new Date(), retentionMonths: readable ? months : null };
  const deleteOn = format.dateTime(deletionDate(retained, retention.defaultMonths), { dateStyle: "long", timeZone: "Europe/Oslo" });
  const retentionWarning = readable && retentionHasPassed(retained, retention.defaultMonths) ? t("retentionPassed", { date: deleteOn }) : undefined;
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
      <TextField
        label={t("retentionMonths")}
        hint={months === null ? t("retentionHintDefault", { months: retention.defaultMonths, date: deleteOn }) : t("retentionHintOwn", { date: deleteOn })}
        type="number"
        min={retentionLimits.min}
        max={retentionLimits.max}
        inputMode="numeric"
        value={value.retentionMonths}
        onChange={(e) => set({ retentionMonths: e.target.value })}
        error={fieldError(errors.retentionMonths) ?? retentionWarning}
      />
    </div>
  );
}
