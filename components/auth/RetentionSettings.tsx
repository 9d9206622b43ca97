"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

/** The administrator's default retention: months a workshop is kept after its date. */
export function RetentionSettings({ months: initial, min, max }: { months: number; min: number; max: number }) {
  const t = useTranslations("admin");
  const router = useRouter();
  const [months, setMonths] = useState(String(initial));
  const [status, setStatus] = useState<string | null>(null);

  async function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const res = await fetch("/api/admin/retention", { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ months: Number(months) }) });
    setStatus(res.ok ? t("retentionSaved", { months: Number(months) }) : t("saveFailed"));
    if (res.ok) router.refresh();
  }

  return (
    <form onSubmit={save} className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-end">
      <label className="flex flex-col gap-1 text-lg">
        <span className="font-semibold">{t("retentionDefaultLabel")}</span>
        <input
          type="number"
          name="months"
          min={min}
          max={max}
          required
          value={months}
          onChange={(e) => setMonths(e.target.value)}
          aria-describedby="retention-hint"
          className="w-32 rounded-lg border-2 border-slate-400 px-3 py-2"
        />
      </label>
      <button type="submit" className="rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800">
        {t("retentionSave")}
      </button>
      <p id="retention-hint" className="text-muted sm:ml-2">{t("retentionHint")}</p>
      <p role="status" className="text-muted">{status}</p>
    </form>
  );
}
