"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";

const texts = {
  removed: ["removedTitle", "removedText"],
  forgotten: ["forgottenTitle", "forgottenText"],
  refused: ["refusedTitle", "refusedText"],
} as const;

/** The end of the road for this device: removed by the facilitator, forgotten on request, or no longer recognised. */
export function RoomGone({ reason, joinPath }: { reason: keyof typeof texts; joinPath: string | null }) {
  const t = useTranslations("room");
  const [title, text] = texts[reason];
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t(title)}</h1>
      <p className="mt-3 text-xl">{t(text)}</p>
      {joinPath && (
        <Link href={joinPath} className="mt-6 inline-block rounded-lg bg-brand-700 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-800">
          {t("joinAgain")}
        </Link>
      )}
    </div>
  );
}
