"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { localeCookie, locales, type Locale } from "@/i18n/locales";

const names: Record<Locale, string> = { nb: "Norsk (bokmål)", en: "English" };

/** Keeps the choice in a cookie for a year, then re-renders the page in that language. */
export function LanguageSwitcher() {
  const t = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  return (
    <label className="flex items-center gap-2">
      <span className="sr-only">{t("language")}</span>
      <select
        className="rounded border border-slate-300 bg-white px-2 py-2"
        value={locale}
        onChange={(event) => {
          document.cookie = `${localeCookie}=${event.target.value}; path=/; max-age=31536000; samesite=lax`;
          router.refresh();
        }}
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l === "nb" ? "nb" : "en"}>
            {names[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
