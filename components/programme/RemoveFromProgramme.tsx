"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { sendJson } from "@/components/workshop/api";
import { ConfirmButton } from "@/components/workshop/ConfirmButton";
import { buttonSmall } from "@/components/workshop/styles";
import { useErrorText } from "@/components/workshop/useErrorText";

export function RemoveFromProgramme({ programmeId, workshopId, title }: { programmeId: string; workshopId: string; title: string }) {
  const t = useTranslations("programme.page");
  const router = useRouter();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <ConfirmButton
        label={<>{t("remove")}<span className="sr-only">: {title}</span></>}
        question={t("removeQuestion", { title })}
        confirmLabel={t("removeConfirm")}
        className={buttonSmall}
        onConfirm={async () => {
          const res = await sendJson("DELETE", `/api/programmes/${programmeId}/workshops/${workshopId}`);
          if (res.ok) router.refresh();
          else setError(errorText(res.error));
        }}
      />
      {error && <p role="alert" className="mt-2 font-medium text-red-800">{error}</p>}
    </>
  );
}
