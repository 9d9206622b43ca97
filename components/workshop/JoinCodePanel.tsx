"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { buttonSecondary } from "./styles";

/** The code as it will be read out in the room, and the link to send beforehand. */
export function JoinCodePanel({ code, formatted, link }: { code: string; formatted: string; link: string }) {
  const t = useTranslations("workshop.setup");
  const [copied, setCopied] = useState(false);
  return (
    <div>
      <p className="text-lg font-semibold">{t("joinCode")}</p>
      <p className="font-mono text-6xl font-bold tracking-widest text-brand-900" aria-label={t("joinCodeSpelled", { code: code.split("").join(" ") })}>
        {formatted}
      </p>
      <p className="mt-3 font-semibold">{t("joinLink")}</p>
      <p className="break-all text-lg">
        <a href={link} className="text-brand-800 underline">
          {link}
        </a>
      </p>
      <button
        type="button"
        className={`${buttonSecondary} mt-2`}
        onClick={async () => {
          await navigator.clipboard?.writeText(link).catch(() => undefined);
          setCopied(true);
        }}
      >
        {t("copyLink")}
      </button>
      <span role="status" className="ml-3 text-green-900">
        {copied ? t("copied") : ""}
      </span>
    </div>
  );
}
