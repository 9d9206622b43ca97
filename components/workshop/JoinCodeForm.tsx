"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** The big code field on the landing page; the join page validates the code itself. */
export function JoinCodeForm() {
  const t = useTranslations("landing");
  const router = useRouter();
  const [code, setCode] = useState("");
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
        onChange={(event) => setCode(event.target.value)}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={12}
        placeholder={t("codePlaceholder")}
        className="w-full rounded-lg border-2 border-slate-400 px-4 py-3 text-2xl font-semibold uppercase tracking-[0.3em] placeholder:tracking-normal placeholder:normal-case placeholder:font-normal"
        aria-describedby="join-code-hint"
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
