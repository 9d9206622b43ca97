import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getConfig } from "@/server/platform/config";
import { getDb } from "@/server/platform/db/client";
import { accessToWorkshop } from "@/server/platform/auth/authenticate";
import { currentUser } from "@/server/platform/auth/requestPrincipal";
import { projectorLink } from "@/server/room/projectorLink";
import { joinQr } from "@/server/room/qr";
import { FacilitatorRun } from "@/components/room/run/FacilitatorRun";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("room"))("runMetaTitle") };
}

export default async function RunPage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=/workshops/${workshopId}/run`);
  const db = getDb();
  if ((await accessToWorkshop(db, user, workshopId)) !== "facilitator") notFound();
  const workshop = await db.workshop.findUniqueOrThrow({ where: { id: workshopId }, select: { joinCode: true } });
  const config = getConfig();
  const qr = await joinQr(config.publicUrl, workshop.joinCode);
  const projector = await projectorLink(db, config.authSecret, config.publicUrl, workshopId);
  return <FacilitatorRun workshopId={workshopId} join={{ formattedCode: qr.formattedCode, url: qr.url, qrDataUrl: qr.svgDataUrl }} projector={{ workshopId, url: projector.url, qrDataUrl: projector.qrDataUrl }} />;
}
