import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/platform/db/client";
import { accessToWorkshop } from "@/server/platform/auth/authenticate";
import { currentPrincipal } from "@/server/platform/auth/requestPrincipal";
import { ParticipantRoom } from "@/components/room/ParticipantRoom";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("room"))("metaTitle") };
}

export default async function RoomPage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const t = await getTranslations("room");
  const db = getDb();
  const principal = await currentPrincipal({ workshopId });
  const access = principal ? await accessToWorkshop(db, principal, workshopId) : null;
  // Someone without access gets the same page whether the workshop exists or not: no join
  // code (that would let them in), no title, not even a hint that the id is real.
  const workshop = access ? await db.workshop.findUnique({ where: { id: workshopId }, select: { joinCode: true, status: true } }) : null;
  if (!workshop) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-10">
        <h1 className="text-3xl font-bold">{t("notJoinedTitle")}</h1>
        <p className="mt-3 text-xl">{t("notJoinedText")}</p>
        <Link href="/" className="mt-6 inline-block rounded-lg bg-brand-700 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-800">
          {t("toFrontPage")}
        </Link>
      </div>
    );
  }
  return <ParticipantRoom workshopId={workshopId} joinPath={workshop.status === "open" ? `/join/${workshop.joinCode}` : null} />;
}
