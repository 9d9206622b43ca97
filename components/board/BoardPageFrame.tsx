// The board filling the window under the site header, or a clear message when it cannot
// be shown. Shared by the participant and the facilitator page.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Board, type BoardProps } from "./Board";

export function BoardPageFrame({ props }: { props: BoardProps }) {
  return (
    <div className="h-[calc(100dvh-4.75rem)]">
      <Board {...props} />
    </div>
  );
}

export async function BoardUnavailable({ reason, backHref }: { reason: "unauthenticated" | "notFound"; backHref: string }) {
  const t = await getTranslations("board");
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("page.title")}</h1>
      <p className="mt-4 text-lg">{reason === "notFound" ? t("page.notFound") : t("page.joinFirst")}</p>
      <Link href={backHref} className="mt-4 inline-block text-lg font-semibold text-brand-800 underline">
        {t("page.back")}
      </Link>
    </div>
  );
}
