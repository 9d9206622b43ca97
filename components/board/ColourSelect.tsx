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
  /** Label beside the select instead of above it, for the one-line filter bar. */
  inline?: boolean;
}

export function ColourSelect({ label, value, onChange, allowAny, disabled, className, inline }: Props) {
  const t = useTranslations("board");
  return (
    <label className={`flex text-base font-semibold ${inline ? "items-center gap-2" : "flex-col"} ${className ?? ""}`}>
      {label}
      <select
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value as BoardColour | "")}
        className={`${inline ? "" : "mt-1"} rounded-lg border-2 border-slate-400 bg-white px-2 py-1.5 text-base font-normal disabled:opacity-60`}
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
