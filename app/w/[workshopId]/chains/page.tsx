// The participant's chain editor outside the live room (e.g. to finish a chain after the
// phase, or for a facilitator helping a table): /w/<workshopId>/chains[?board=<boardId>].
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChainWorkspace } from "@/components/chains/ChainWorkspace";
import { chooseBoard, loadChainsContext } from "@/server/room/loadChainsContext";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("chains"))("title") };
}

type Props = { params: Promise<{ workshopId: string }>; searchParams: Promise<{ board?: string }> };

export default async function ChainsPage({ params, searchParams }: Props) {
  const { workshopId } = await params;
  const { board: asked } = await searchParams;
  const t = await getTranslations("chains");
  const context = await loadChainsContext(workshopId);
  if (!context) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-10">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-3 text-xl">{t("page.noAccess")}</p>
        <Link href="/" className="mt-4 inline-block text-xl font-semibold text-brand-800 underline">
          {t("page.toJoin")}
        </Link>
      </div>
    );
  }
  const board = chooseBoard(context, asked);
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-6">
      <div>
        <p className="text-lg text-muted">{context.workshop.title}</p>
        <h1 className="text-4xl font-bold">{t("title")}</h1>
      </div>
      {context.access === "facilitator" && (
        <Link href={`/workshops/${workshopId}/chains`} className="self-start text-lg font-semibold text-brand-800 underline">
          {t("page.toOverview")}
        </Link>
      )}
      {board ? (
        <ChainWorkspace
          workshopId={workshopId}
          boardId={board.id}
          boardTitle={board.tableName ?? board.title}
          organisations={context.organisations}
          // A lock is for participants: the facilitator may still arrange a locked board.
          readOnly={(board.locked && context.access !== "facilitator") || context.access === "observer"}
          canMarkFinal={context.access === "facilitator"}
        />
      ) : (
        <p className="text-xl">{t("page.noBoard")}</p>
      )}
    </div>
  );
}
