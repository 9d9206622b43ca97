// A labelled text field for one chain value. Required fields say so in the label and, while
// empty, with a friendly hint instead of an error: a half-filled action is normal mid-meeting.
"use client";
import { useId } from "react";
import { useTranslations } from "next-intl";
import { useDraft } from "./useDraft";
import { inputClass, labelClass } from "./styles";

interface Props {
  label: string;
  value: string;
  onCommit(next: string): void;
  maxLength: number;
  multiline?: boolean;
  required?: boolean;
  hint?: string;
  /** id of a <datalist> with suggestions (the workshop's organisations). */
  list?: string;
  readOnly?: boolean;
  className?: string;
  testId?: string;
}

export function TextField({ label, value, onCommit, maxLength, multiline, required, hint, list, readOnly, className = "", testId }: Props) {
  const t = useTranslations("chains");
  const id = useId();
  const draft = useDraft(value, onCommit);
  const missing = required && draft.shown.trim() === "";
  const describedBy = [hint ? `${id}-hint` : null, missing ? `${id}-missing` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    value: draft.shown,
    maxLength,
    readOnly,
    "aria-describedby": describedBy,
    "aria-required": required || undefined,
    "data-testid": testId,
    onFocus: draft.focus,
    onBlur: draft.blur,
    className: `${inputClass} ${missing ? "border-amber-700" : ""}`,
  };
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className={labelClass}>
        {label}
        {required && <span className="ml-2 text-base font-normal text-muted">({t("action.required")})</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-base text-muted">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => draft.change(e.target.value)} />
      ) : (
        <input {...common} type="text" list={list} onChange={(e) => draft.change(e.target.value)} />
      )}
      {missing && (
        <p id={`${id}-missing`} className="text-base text-amber-900">
          <span aria-hidden="true">✎ </span>
          {t("action.missing")}
        </p>
      )}
    </div>
  );
}
