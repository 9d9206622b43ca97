// Start and deadline. A date input only ever yields a real date or "", so what can go wrong is
// the order: a deadline before the start is kept on screen with a kind explanation and is not
// written until it makes sense, so the others never see an impossible plan.
"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { dateEditProblem } from "./chainModel";
import { inputClass, labelClass } from "./styles";

interface Dates {
  start: string;
  deadline: string;
}

interface Props {
  start: string | null;
  deadline: string | null;
  onCommit(dates: { start: string | null; deadline: string | null }): void;
  readOnly?: boolean;
}

const keyOf = (d: Dates) => `${d.start}|${d.deadline}`;

export function DatesField({ start, deadline, onCommit, readOnly }: Props) {
  const t = useTranslations("chains");
  const id = useId();
  const value: Dates = { start: start ?? "", deadline: deadline ?? "" };
  // `expect` is what the document should hold while the draft is shown; once someone else
  // changes the dates, their values win.
  const [draft, setDraft] = useState<(Dates & { expect: string }) | null>(null);
  const shown = draft && draft.expect === keyOf(value) ? draft : value;
  const problem = dateEditProblem(shown.start || null, shown.deadline || null);

  function change(field: keyof Dates, text: string) {
    const next = { ...shown, [field]: text };
    if (dateEditProblem(next.start || null, next.deadline || null)) {
      setDraft({ ...next, expect: keyOf(value) });
      return;
    }
    onCommit({ start: next.start || null, deadline: next.deadline || null });
    setDraft({ ...next, expect: keyOf(next) });
  }

  return (
    <fieldset className="flex flex-col gap-2 sm:col-span-2">
      <legend className="sr-only">{t("action.dates")}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-start`} className={labelClass}>
            {t("action.start")}
          </label>
          <input id={`${id}-start`} type="date" value={shown.start} readOnly={readOnly} onChange={(e) => change("start", e.target.value)} className={inputClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-deadline`} className={labelClass}>
            {t("action.deadline")}
          </label>
          <input
            id={`${id}-deadline`}
            type="date"
            value={shown.deadline}
            min={shown.start || undefined}
            readOnly={readOnly}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(e) => change("deadline", e.target.value)}
            className={`${inputClass} ${problem ? "border-red-800" : ""}`}
          />
        </div>
      </div>
      <p id={`${id}-problem`} role="status" className={problem ? "rounded-lg border-2 border-red-800 bg-red-50 px-3 py-2 text-lg text-red-900" : "sr-only"}>
        {problem ? t(`dates.${problem}`, { start: shown.start }) : ""}
      </p>
    </fieldset>
  );
}
