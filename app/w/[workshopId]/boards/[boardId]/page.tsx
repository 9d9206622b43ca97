// A participant's (or observer's) view of one board, on its own page.
import { getTranslations } from "next-intl/server";
import { BoardPageFrame, BoardUnavailable } from "@/components/board/BoardPageFrame";
import { loadBoardView } from "@/server/room/loadBoardView";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("board"))("page.title") };
}

export default async function ParticipantBoardPage({ params }: { params: Promise<{ workshopId: string; boardId: string }> }) {
  const { workshopId, boardId } = await params;
  const view = await loadBoardView(workshopId, boardId);
  if (!view.ok) return <BoardUnavailable reason={view.reason} backHref={`/w/${workshopId}`} />;
  return <BoardPageFrame props={view.props} />;
}
