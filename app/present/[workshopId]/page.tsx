import { cookies } from "next/headers";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getConfig } from "@/server/platform/config";
import { getDb } from "@/server/platform/db/client";
import { accessToWorkshop, authenticate } from "@/server/platform/auth/authenticate";
import { projectorLink } from "@/server/room/projectorLink";
import { joinQr } from "@/server/room/qr";
import { Projector } from "@/components/present/Projector";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("present"))("metaTitle") };
}

/**
 * The projector: the observer link from the set-up or run page, or a facilitator's own session.
 * Either way the screen connects as the workshop's projector observer, so it renders what the
 * audience may see (never a hidden round's counts), whoever is signed in on that browser.
 */
export default async function PresentPage({ params, searchParams }: { params: Promise<{ workshopId: string }>; searchParams: Promise<{ token?: string | string[] }> }) {
  const { workshopId } = await params;
  const { token: rawToken } = await searchParams;
  const token = typeof rawToken === "string" && rawToken.length <= 4096 ? rawToken : undefined;
  const t = await getTranslations("present");
  const db = getDb();
  const config = getConfig();
  const jar = await cookies();
  const cookieHeader = jar.getAll().map((c) => `${c.name}=${encodeURIComponent(c.value)}`).join("; ");
  const auth = await authenticate(db, config.authSecret, { cookieHeader, token }, { workshopId });
  const access = auth.ok ? await accessToWorkshop(db, auth.principal, workshopId) : null;
  // Participants see their own room, not the projector; only facilitators and observers do.
  if (!auth.ok || (access !== "facilitator" && access !== "observer")) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-10">
        <h1 className="text-3xl font-bold">{t("noAccessTitle")}</h1>
        <p className="mt-3 text-xl">{t("noAccessText")}</p>
        <Link href="/signin" className="mt-6 inline-block rounded-lg bg-brand-700 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-800">
          {t("signIn")}
        </Link>
      </div>
    );
  }
  const workshop = await db.workshop.findUniqueOrThrow({ where: { id: workshopId }, select: { joinCode: true } });
  const qr = await joinQr(config.publicUrl, workshop.joinCode);
  const screenToken = access === "observer" ? token : (await projectorLink(db, config.authSecret, config.publicUrl, workshopId)).token;
  return <Projector workshopId={workshopId} token={screenToken} formattedCode={qr.formattedCode} joinUrl={qr.url} qrDataUrl={qr.svgDataUrl} />;
}
