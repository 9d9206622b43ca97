// A native select of the named board colours: keyboard and screen readers get it for free.
"use client";
import { useTranslations } from "next-intl";
import { boardColours, type BoardColour } from "@/lib/board";

interface Props {
  label: string;
  value: BoardColour | "";
  onChange(colour: BoardColour | ""): void;
  /** Offer "all colours" (for filters). */
  allowAny?: boolean;
  disabled?: boolean;
  className?: string;
}

export function ColourSelect({ label, value, onChange, allowAny, disabled, className }: Props) {
  const t = useTranslations("board");
  return (
    <label className={`flex flex-col text-base font-semibold ${className ?? ""}`}>
      {label}
      <select
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value as BoardColour | "")}
        className="mt-1 rounded-lg border-2 border-slate-400 bg-white px-2 py-1.5 text-base font-normal disabled:opacity-60"
      >
        {allowAny && <option value="">{t("filter.anyColour")}</option>}
        {boardColours.map((c) => (
          <option key={c} value={c}>
            {t(`colours.${c}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
