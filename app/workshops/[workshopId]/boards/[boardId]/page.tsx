// The facilitator's view of any board in their workshop: they may edit and delete any note,
// also on a board that is locked for participants.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BoardPageFrame, BoardUnavailable } from "@/components/board/BoardPageFrame";
import { loadBoardView } from "@/server/room/loadBoardView";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("board"))("page.title") };
}

export default async function FacilitatorBoardPage({ params }: { params: Promise<{ workshopId: string; boardId: string }> }) {
  const { workshopId, boardId } = await params;
  const view = await loadBoardView(workshopId, boardId, "facilitator");
  if (!view.ok && view.reason === "unauthenticated") redirect(`/signin?callbackUrl=/workshops/${workshopId}/boards/${boardId}`);
  if (!view.ok) return <BoardUnavailable reason={view.reason} backHref={`/workshops/${workshopId}`} />;
  return <BoardPageFrame props={view.props} />;
}
