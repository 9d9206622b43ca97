// "Depends on": only earlier actions are offered, because a chain reads from first to last.
// Saving the ticked boxes also drops any link a non-UI client may have pointed forwards.
"use client";
import { useTranslations } from "next-intl";
import type { ActionSnapshot } from "@/lib/board";
import { labelClass } from "./styles";

interface Props {
  earlier: ActionSnapshot[];
  dependsOn: string[];
  onCommit(next: string[]): void;
  readOnly?: boolean;
}

export function DependsOnField({ earlier, dependsOn, onCommit, readOnly }: Props) {
  const t = useTranslations("chains");
  const chosen = new Set(dependsOn);
  const toggle = (id: string, on: boolean) => onCommit(earlier.map((a) => a.id).filter((a) => (a === id ? on : chosen.has(a))));
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className={labelClass}>{t("action.dependsOn")}</legend>
      {earlier.length === 0 ? (
        <p className="text-base text-muted">{t("action.dependsOnNone")}</p>
      ) : (
        <>
          <p className="text-base text-muted">{t("action.dependsOnHint")}</p>
          <ul className="flex flex-col gap-1">
            {earlier.map((action, i) => (
              <li key={action.id}>
                <label className="flex min-h-11 items-center gap-3 text-lg">
                  <input type="checkbox" className="size-6 shrink-0" checked={chosen.has(action.id)} disabled={readOnly} onChange={(e) => toggle(action.id, e.target.checked)} />
                  <span>{t("action.dependsOnItem", { number: i + 1, what: action.what.trim() || t("action.untitled") })}</span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
