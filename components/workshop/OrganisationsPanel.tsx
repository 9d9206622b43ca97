"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "./Alert";
import { sendJson } from "./api";
import { OrganisationsEditor, type OrganisationRow } from "./OrganisationsEditor";
import { buttonPrimary } from "./styles";
import { useErrorText } from "./useErrorText";

export function OrganisationsPanel({ workshopId, initial }: { workshopId: string; initial: OrganisationRow[] }) {
  const t = useTranslations("workshop.setup");
  const router = useRouter();
  const errorText = useErrorText();
  const [rows, setRows] = useState(initial);
  const [dirty, setDirty] = useState(false);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  async function save() {
    const res = await sendJson("PUT", `/api/workshops/${workshopId}/organisations`, { organisations: rows });
    if (res.ok) {
      setDirty(false);
      setMessage({ kind: "success", text: t("saved") });
      router.refresh();
    } else setMessage({ kind: "error", text: errorText(res.error) });
  }

  return (
    <div className="space-y-4">
      <OrganisationsEditor
        value={rows}
        onChange={(next) => {
          setRows(next);
          setDirty(true);
          setMessage(null);
        }}
      />
      <div className="flex flex-wrap items-center gap-4">
        <button type="button" className={buttonPrimary} onClick={save} disabled={!dirty}>
          {t("saveOrganisations")}
        </button>
        {dirty && <span className="font-medium">{t("unsaved")}</span>}
      </div>
      {message && <Alert kind={message.kind}>{message.text}</Alert>}
    </div>
  );
}
