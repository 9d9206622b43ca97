import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/platform/db/client";
import { accessToWorkshop } from "@/server/platform/auth/authenticate";
import { currentUser } from "@/server/platform/auth/requestPrincipal";
import { FacilitatorVoting } from "@/components/voting/FacilitatorVoting";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("voting.facilitator"))("metaTitle") };
}

export default async function VotePage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=/workshops/${workshopId}/vote`);
  if ((await accessToWorkshop(getDb(), user, workshopId)) !== "facilitator") notFound();
  return <FacilitatorVoting workshopId={workshopId} />;
}
