"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "./Alert";
import { fieldErrors, sendJson } from "./api";
import { DetailsFields, detailsPayload, type Details, type RetentionContext } from "./DetailsFields";
import { buttonPrimary } from "./styles";
import { useErrorText } from "./useErrorText";

export function DetailsEditor({ workshopId, initial, retention }: { workshopId: string; initial: Details; retention: RetentionContext }) {
  const t = useTranslations("workshop.setup");
  const router = useRouter();
  const errorText = useErrorText();
  const [details, setDetails] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    const res = await sendJson("PATCH", `/api/workshops/${workshopId}`, detailsPayload(details));
    setBusy(false);
    if (res.ok) {
      setErrors({});
      setMessage({ kind: "success", text: t("saved") });
      router.refresh();
    } else {
      setErrors(fieldErrors(res.error));
      setMessage({ kind: "error", text: errorText(res.error) });
    }
  }

  return (
    <form onSubmit={save} noValidate className="space-y-4">
      <DetailsFields value={details} onChange={(d) => { setDetails(d); setMessage(null); }} errors={errors} retention={retention} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={busy} className={buttonPrimary}>
          {t("saveDetails")}
        </button>
      </div>
      {message && <Alert kind={message.kind}>{message.text}</Alert>}
    </form>
  );
}
