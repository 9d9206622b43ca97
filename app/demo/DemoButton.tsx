"use client";

import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";

export function DemoButton() {
  const t = useTranslations("workshop.demo");
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className="rounded-lg bg-brand-700 px-6 py-3 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
      {pending ? t("creating") : t("create")}
    </button>
  );
}
