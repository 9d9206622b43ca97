"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

/**
 * The big code field on the landing page; the join page validates the code itself. After a
 * wrong code the join page shows it again with `initial` and `errorId` (the id of the message
 * saying what was wrong), so the person corrects one letter instead of typing it all again.
 */
export function JoinCodeForm({ initial = "", errorId }: { initial?: string; errorId?: string } = {}) {
  const t = useTranslations("landing");
  const router = useRouter();
  const [code, setCode] = useState(initial);
  const [edited, setEdited] = useState(false);
  const invalid = Boolean(errorId) && !edited;
  return (
    <form
      className="mt-4 flex flex-col gap-3 sm:flex-row"
      onSubmit={(event) => {
        event.preventDefault();
        const cleaned = code.replace(/[\s-]/g, "").toUpperCase();
        if (cleaned) router.push(`/join/${encodeURIComponent(cleaned)}`);
      }}
    >
      <label htmlFor="join-code" className="sr-only">
        {t("codeLabel")}
      </label>
      <input
        id="join-code"
        name="code"
        value={code}
        onChange={(event) => {
          setCode(event.target.value);
          setEdited(true);
        }}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={12}
        placeholder={t("codePlaceholder")}
        aria-invalid={invalid || undefined}
        className={`w-full rounded-lg border-2 ${invalid ? "border-red-800 bg-red-50" : "border-slate-400"} px-4 py-3 text-2xl font-semibold uppercase tracking-[0.3em] placeholder:tracking-normal placeholder:normal-case placeholder:font-normal`}
        aria-describedby={invalid ? `${errorId} join-code-hint` : "join-code-hint"}
      />
      <button type="submit" className="whitespace-nowrap rounded-lg bg-brand-700 px-6 py-3 text-xl font-semibold text-white hover:bg-brand-800">
        {t("joinButton")}
      </button>
      <p id="join-code-hint" className="sr-only">
        {t("codeHint")}
      </p>
    </form>
  );
}
