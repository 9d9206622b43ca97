"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { sendJson } from "./api";
import { ConfirmButton } from "./ConfirmButton";
import { buttonSmall } from "./styles";
import { useErrorText } from "./useErrorText";

/** Duplicate, archive/restore and delete for one workshop; used on the dashboard and the setup page. */
export function WorkshopActions({ workshopId, title, archived, afterDelete }: { workshopId: string; title: string; archived: boolean; afterDelete?: string }) {
  const t = useTranslations("dashboard");
  const router = useRouter();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  async function run(method: string, path: string, body: unknown, done: (data: { workshop?: { id: string } }) => void) {
    setError(null);
    const res = await sendJson<{ workshop?: { id: string } }>(method, `/api/workshops/${workshopId}${path}`, body);
    if (res.ok) done(res.data);
    else setError(errorText(res.error));
  }

  return (
    <div>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={buttonSmall}
          onClick={() => run("POST", "/duplicate", undefined, (data) => data.workshop && router.push(`/workshops/${data.workshop.id}`))}
        >
          {t("duplicate")}
          <span className="sr-only">: {title}</span>
        </button>
        <button
          type="button"
          className={buttonSmall}
          onClick={() =>
            run("POST", "/archive", { archived: !archived }, () => {
              setStatus(archived ? t("restored", { title }) : t("archived", { title }));
              router.refresh();
            })
          }
        >
          {archived ? t("restore") : t("archive")}
          <span className="sr-only">: {title}</span>
        </button>
        <ConfirmButton
          label={<>{t("delete")}<span className="sr-only">: {title}</span></>}
          question={t("deleteQuestion", { title })}
          confirmLabel={t("deleteConfirm")}
          className={`${buttonSmall} border-red-800 text-red-800`}
          onConfirm={() =>
            run("DELETE", "", undefined, () => {
              setStatus(t("deleted", { title }));
              if (afterDelete) router.push(afterDelete);
              else router.refresh();
            })
          }
        />
      </div>
      <p role="status" className="sr-only">{status}</p>
      {error && <p role="alert" className="mt-2 font-medium text-red-800">{error}</p>}
    </div>
  );
}
