"use client";
import { useTranslations } from "next-intl";
import { primaryButtonClass } from "./styles";

export function PrintButton() {
  const t = useTranslations("chains");
  return (
    <button type="button" className={`${primaryButtonClass} print:hidden`} onClick={() => window.print()}>
      {t("print.printButton")}
    </button>
  );
}
