// Projector view: /workshops/<id>/chains/present[?board=<boardId>[&chain=<chainId>]].
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChainsProjector } from "@/components/chains/ChainsProjector";
import { loadChainsContext } from "@/server/room/loadChainsContext";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("chains"))("projector.title") };
}

type Props = { params: Promise<{ workshopId: string }>; searchParams: Promise<{ board?: string; chain?: string }> };

export default async function ChainsProjectorPage({ params, searchParams }: Props) {
  const { workshopId } = await params;
  const { board, chain } = await searchParams;
  const t = await getTranslations("chains");
  const context = await loadChainsContext(workshopId);
  if (!context || context.access !== "facilitator") {
    return (
      <div className="mx-auto max-w-3xl px-4 py-10">
        <h1 className="text-3xl font-bold">{t("projector.title")}</h1>
        <p className="mt-3 text-xl">{t("overview.noAccess")}</p>
      </div>
    );
  }
  const boards = context.boards
    .filter((b) => !board || b.id === board)
    .map((b) => ({ id: b.id, title: b.tableName ? t("overview.table", { name: b.tableName }) : t("overview.plenary") }));
  return (
    <div className="mx-auto flex min-h-screen max-w-[1800px] flex-col gap-6 bg-white px-6 py-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-5xl font-bold">
          {t("projector.title")} <span className="text-3xl font-normal text-muted">· {context.workshop.title}</span>
        </h1>
        <Link href={`/workshops/${workshopId}/chains`} className="text-xl font-semibold text-brand-800 underline">
          {t("projector.back")}
        </Link>
      </div>
      <ChainsProjector boards={boards} chainId={board && chain ? chain : null} />
    </div>
  );
}
