"use client";
// Turns an API error code into a sentence in the reader's language; codes without their own
// sentence fall back to a general one rather than showing a raw code.
import { useTranslations } from "next-intl";
import type { ApiError } from "./api";

export function useErrorText() {
  const t = useTranslations("workshop.errors");
  return (error: ApiError | string): string => {
    const code = typeof error === "string" ? error : error.error;
    const details = (typeof error === "string" ? {} : (error.details ?? {})) as Record<string, string | number>;
    const key = code as "generic";
    if (!t.has(key)) return t("generic");
    return t(key, { line: details.line ?? "", max: details.max ?? "", count: details.count ?? "", value: details.value ?? "", name: details.name ?? "" });
  };
}

/** Sentences for zod field codes (required, tooLong, invalidDate …). */
export function useFieldErrorText() {
  const t = useTranslations("workshop.fieldErrors");
  return (code: string | undefined): string | undefined => {
    if (!code) return undefined;
    return t.has(code as "generic") ? t(code as "generic") : t("generic");
  };
}
