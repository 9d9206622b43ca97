"use client";
// Plans a follow-up meeting of this workshop: a new workshop (the «Oppfølgingsmøte» method) whose
// first board holds these chains with their current status. Then opens its chains.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { inputClass, labelClass, primaryButtonClass } from "@/components/chains/styles";

export function FollowUpMeetingForm({ workshopId, defaultTitle }: { workshopId: string; defaultTitle: string }) {
  const t = useTranslations("followUp.meeting");
  const router = useRouter();
  const [title, setTitle] = useState(defaultTitle);
  const [date, setDate] = useState("");
  const [state, setState] = useState<"idle" | "busy" | "error">("idle");

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setState("busy");
    const response = await fetch(`/api/workshops/${workshopId}/follow-up-meeting`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title, date: date || null }),
    }).catch(() => null);
    const body = (await response?.json().catch(() => null)) as { workshop?: { id: string } } | null;
    if (!response?.ok || !body?.workshop) return setState("error");
    router.push(`/workshops/${body.workshop.id}/chains`);
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3 rounded-lg border-2 border-slate-300 bg-white p-4" aria-labelledby="follow-up-meeting-h">
      <h2 id="follow-up-meeting-h" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="text-lg">{t("intro")}</p>
      <div className="flex flex-wrap items-end gap-4">
        <label className="flex min-w-64 flex-1 flex-col gap-1">
          <span className={labelClass}>{t("title")}</span>
          <input className={inputClass} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} required />
        </label>
        <label className="flex flex-col gap-1">
          <span className={labelClass}>{t("date")}</span>
          <input className={inputClass} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <button type="submit" className={primaryButtonClass} disabled={state === "busy"}>
          {t("create")}
        </button>
      </div>
      <p role="status" className="min-h-6 text-lg font-semibold text-red-800">
        {state === "error" ? t("failed") : ""}
      </p>
    </form>
  );
}
