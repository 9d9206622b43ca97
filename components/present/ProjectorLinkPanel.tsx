"use client";
// The projector link on the facilitator's set-up and run pages: a venue PC or tablet opens it
// and shows the big screen with nobody's sign-in (server/room/projectorLink.ts). Copy
// button, QR code for a tablet, and a new link when the old one has been shared too widely.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { buttonSecondary, buttonSmall } from "@/components/workshop/styles";

export interface ProjectorLinkProps {
  workshopId: string;
  url: string;
  qrDataUrl: string;
}

export function ProjectorLinkPanel({ workshopId, url: initialUrl, qrDataUrl: initialQr }: ProjectorLinkProps) {
  const t = useTranslations("present.link");
  const [link, setLink] = useState({ url: initialUrl, qrDataUrl: initialQr });
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);

  async function renew() {
    if (!window.confirm(t("renewConfirm"))) return;
    setBusy(true);
    const res = await fetch(`/api/workshops/${workshopId}/room/observer`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ renew: true }) }).catch(() => null);
    setBusy(false);
    if (!res?.ok) {
      setStatus(t("renewFailed"));
      return;
    }
    const body = (await res.json()) as { url: string; qrDataUrl: string };
    setLink({ url: body.url, qrDataUrl: body.qrDataUrl });
    setStatus(t("renewed"));
  }

  return (
    <section aria-labelledby="projector-link-heading" className="flex flex-wrap items-start gap-4 rounded-xl border border-slate-200 bg-white p-4" data-testid="projector-link">
      <img src={link.qrDataUrl} alt={t("qrAlt")} width={128} height={128} className="h-32 w-32 shrink-0" />
      <div className="min-w-0 flex-1">
        <h2 id="projector-link-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="text-muted">{t("lead")}</p>
        <p className="mt-2 break-all">
          <a href={link.url} target="_blank" rel="noopener" className="text-brand-800 underline" data-testid="projector-link-url">
            {link.url}
          </a>
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <button
            type="button"
            className={buttonSecondary}
            onClick={async () => {
              const copied = await navigator.clipboard?.writeText(link.url).then(
                () => true,
                () => false,
              );
              setStatus(copied ? t("copied") : t("copyFailed"));
            }}
          >
            {t("copy")}
          </button>
          <button type="button" className={buttonSmall} disabled={busy} onClick={() => void renew()}>
            {t("renew")}
          </button>
          <span role="status" className="text-green-900">
            {status}
          </span>
        </div>
      </div>
    </section>
  );
}
