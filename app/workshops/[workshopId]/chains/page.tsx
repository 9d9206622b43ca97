// Facilitator overview of every table's action chains: /workshops/<workshopId>/chains.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BoardChainsPanel } from "@/components/chains/BoardChainsPanel";
import { loadChainsContext } from "@/server/room/loadChainsContext";
import { buttonClass } from "@/components/chains/styles";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("chains"))("overview.title") };
}

export default async function ChainsOverviewPage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const t = await getTranslations("chains");
  const context = await loadChainsContext(workshopId);
  if (!context || context.access !== "facilitator") {
    return (
      <div className="mx-auto max-w-3xl px-4 py-10">
        <h1 className="text-3xl font-bold">{t("overview.title")}</h1>
        <p className="mt-3 text-xl">{t("overview.noAccess")}</p>
      </div>
    );
  }
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-lg text-muted">{context.workshop.title}</p>
          <h1 className="text-4xl font-bold">{t("overview.title")}</h1>
        </div>
        <Link href={`/workshops/${workshopId}/chains/present`} className={buttonClass}>
          {t("overview.projectAll")}
        </Link>
      </div>
      <p className="max-w-4xl text-lg">{t("overview.intro")}</p>
      {context.boards.length === 0 && <p className="text-xl">{t("overview.noBoards")}</p>}
      {context.boards.map((board) => (
        <BoardChainsPanel key={board.id} workshopId={workshopId} board={{ id: board.id, title: board.tableName ? t("overview.table", { name: board.tableName }) : t("overview.plenary") }} />
      ))}
    </div>
  );
}
