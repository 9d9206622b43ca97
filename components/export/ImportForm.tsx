"use client";
// Uploads a Samla archive; the server creates a new workshop from it. The file is sent as
// it is (the server validates it), so the browser never has to parse a large JSON file.
import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { buttonPrimary, inputClass } from "@/components/workshop/styles";
import { retentionLimits } from "@/lib/domain/retention";
import { TextField } from "@/components/ui/TextField";

type State = { kind: "idle" } | { kind: "busy" } | { kind: "done"; workshopId: string } | { kind: "failed"; code: string; details?: { value?: string; count?: number } };

const knownErrors = new Set(["invalidArchive", "unsupportedVersion", "payloadTooLarge", "invalidJson", "unauthenticated", "forbidden", "invalidInput", "retentionPassed"]);

export function ImportForm() {
  const t = useTranslations("export.page");
  const [state, setState] = useState<State>({ kind: "idle" });

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem("archive") as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const months = (event.currentTarget.elements.namedItem("retentionMonths") as HTMLInputElement).value.trim();
    setState({ kind: "busy" });
    try {
      const url = months === "" ? "/api/workshops/import" : `/api/workshops/import?retentionMonths=${encodeURIComponent(months)}`;
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: file });
      const json = (await res.json().catch(() => ({}))) as { workshopId?: string; error?: string; details?: { value?: string; count?: number } };
      if (res.status === 201 && json.workshopId) setState({ kind: "done", workshopId: json.workshopId });
      else setState({ kind: "failed", code: json.error ?? "unknown", details: json.details });
    } catch {
      setState({ kind: "failed", code: "unknown" });
    }
  }

  return (
    <form onSubmit={submit} className="space-y-3">
      <label className="block font-semibold">
        {t("importFile")}
        <input name="archive" type="file" accept="application/json,.json" required className={inputClass} />
      </label>
      <TextField label={t("importRetention")} hint={t("importRetentionHint")} name="retentionMonths" type="number" inputMode="numeric" min={retentionLimits.min} max={retentionLimits.max} />
      <button type="submit" className={buttonPrimary} disabled={state.kind === "busy"}>
        {state.kind === "busy" ? t("importing") : t("importButton")}
      </button>
      <div role="status" aria-live="polite">
        {state.kind === "done" && (
          <p className="text-green-800">
            {t("imported")}{" "}
            <Link href={`/workshops/${state.workshopId}`} className="underline underline-offset-4">
              {t("openImported")}
            </Link>
          </p>
        )}
        {state.kind === "failed" && (
          <p className="text-red-800">{t("importFailed", { reason: t(`errors.${knownErrors.has(state.code) ? state.code : "unknown"}`, { value: state.details?.value ?? "", count: state.details?.count ?? 0 }) })}</p>
        )}
      </div>
    </form>
  );
}
