// Partners (samarbeidspartnere): tick organisations from the workshop's list, and type any
// others (a local sports club, a named person) separated by commas. Both end up in one list.
"use client";
import { useTranslations } from "next-intl";
import { limits } from "@/lib/board";
import { parsePartners } from "./chainModel";
import { labelClass } from "./styles";
import { TextField } from "./TextField";

interface Props {
  partners: string[];
  organisations: string[];
  onCommit(next: string[]): void;
  readOnly?: boolean;
}

export function PartnersField({ partners, organisations, onCommit, readOnly }: Props) {
  const t = useTranslations("chains");
  const known = new Set(organisations);
  const ticked = partners.filter((p) => known.has(p));
  const others = partners.filter((p) => !known.has(p));
  const toggle = (name: string, on: boolean) => onCommit([...organisations.filter((o) => (o === name ? on : ticked.includes(o))), ...others]);
  const setOthers = (text: string) => onCommit([...ticked, ...parsePartners(text).filter((p) => !ticked.includes(p))].slice(0, limits.listItems));

  return (
    <fieldset className="flex flex-col gap-2 sm:col-span-2">
      <legend className={labelClass}>{t("action.partners")}</legend>
      {organisations.length > 0 && (
        <details className="rounded-lg border-2 border-slate-300 bg-white">
          <summary className="min-h-11 cursor-pointer px-3 py-2 text-lg">
            {t("action.partnersChoose", { count: ticked.length })}
            {ticked.length > 0 && <span className="text-muted">: {ticked.join(", ")}</span>}
          </summary>
          <ul className="grid gap-1 px-3 pb-3 sm:grid-cols-2">
            {organisations.map((name) => (
              <li key={name}>
                <label className="flex min-h-11 items-center gap-3 text-lg">
                  <input type="checkbox" className="size-6 shrink-0" checked={ticked.includes(name)} disabled={readOnly} onChange={(e) => toggle(name, e.target.checked)} />
                  <span>{name}</span>
                </label>
              </li>
            ))}
          </ul>
        </details>
      )}
      <TextField label={t("action.otherPartners")} hint={t("action.otherPartnersHint")} value={others.join(", ")} onCommit={setOthers} maxLength={limits.field} readOnly={readOnly} />
    </fieldset>
  );
}
