"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";

/** The end of the road for this device: removed by the facilitator, or no longer recognised. */
export function RoomGone({ reason, joinPath }: { reason: "removed" | "refused"; joinPath: string | null }) {
  const t = useTranslations("room");
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold">{reason === "removed" ? t("removedTitle") : t("refusedTitle")}</h1>
      <p className="mt-3 text-xl">{reason === "removed" ? t("removedText") : t("refusedText")}</p>
      {joinPath && (
        <Link href={joinPath} className="mt-6 inline-block rounded-lg bg-brand-700 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-800">
          {t("joinAgain")}
        </Link>
      )}
    </div>
  );
}
