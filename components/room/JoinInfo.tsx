"use client";

import { useTranslations } from "next-intl";

export interface JoinInfoProps {
  formattedCode: string;
  url: string;
  qrDataUrl: string;
}

/** Code, link and QR code for the facilitator's screen. */
export function JoinInfo({ formattedCode, url, qrDataUrl }: JoinInfoProps) {
  const t = useTranslations("room");
  return (
    <section aria-labelledby="join-info-heading" className="flex flex-wrap items-center gap-4 rounded-xl border border-slate-200 bg-white p-4">
      <img src={qrDataUrl} alt={t("qrAlt", { url })} width={128} height={128} className="h-32 w-32" />
      <div>
        <h2 id="join-info-heading" className="text-lg font-semibold">
          {t("joinCodeHeading")}
        </h2>
        <p className="font-mono text-4xl font-bold tracking-widest" data-testid="join-code">
          {formattedCode}
        </p>
        <p className="mt-1 break-all text-muted">{url}</p>
      </div>
    </section>
  );
}
