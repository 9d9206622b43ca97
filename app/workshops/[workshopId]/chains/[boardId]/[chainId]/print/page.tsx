// Printable one-page view of a chain: /workshops/<id>/chains/<boardId>/<chainId>/print.
// Anyone in the workshop may print their table's plan to take home.
import { getTranslations } from "next-intl/server";
import { readBoard } from "@/lib/board";
import { getRuntime } from "@/server/realtime/runtime";
import { viewChain } from "@/components/chains/chainModel";
import { loadChainsContext } from "@/server/room/loadChainsContext";
import { PrintChain } from "@/components/chains/PrintChain";
import { followUpContext } from "@/server/workshop/followUp/context";
import { printedLinks } from "@/server/workshop/followUp/printLinks";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("chains"))("print.title") };
}

type Props = { params: Promise<{ workshopId: string; boardId: string; chainId: string }> };

export default async function PrintChainPage({ params }: Props) {
  const { workshopId, boardId, chainId } = await params;
  const t = await getTranslations("chains");
  const context = await loadChainsContext(workshopId);
  const board = context?.boards.find((b) => b.id === boardId);
  const notFound = (text: string) => (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("print.title")}</h1>
      <p className="mt-3 text-xl">{text}</p>
    </div>
  );
  if (!context) return notFound(t("page.noAccess"));
  if (!board) return notFound(t("print.notFound"));
  const snapshot = readBoard(await getRuntime().yjs.readBoardDoc(board.id));
  const chain = snapshot.chains.find((c) => c.id === chainId);
  if (!chain) return notFound(t("print.notFound"));
  // Owners' follow-up links are credentials: only the facilitators' print-out carries them.
  const followUpLinks = context.access === "facilitator" ? await printedLinks(followUpContext(), workshopId, chainId) : [];
  return (
    <PrintChain
      followUpLinks={followUpLinks}
      view={viewChain(chain, snapshot)}
      workshopTitle={context.workshop.title}
      tableName={board.tableName ? t("overview.table", { name: board.tableName }) : t("overview.plenary")}
    />
  );
}
