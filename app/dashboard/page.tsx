import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getDb } from "@/server/db/client";
import { currentUser } from "@/server/auth/requestPrincipal";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  const user = await currentUser();
  if (!user) redirect("/signin?callbackUrl=/dashboard");
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const workshops = await getDb().workshop.findMany({
    where: { OR: [{ ownerId: user.userId }, { facilitators: { some: { userId: user.userId } } }] },
    orderBy: { updatedAt: "desc" },
    select: { id: true, title: true, date: true, place: true, status: true, _count: { select: { participants: true } } },
  });
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {workshops.length === 0 ? (
        <p className="mt-4 text-lg text-muted">{t("empty")}</p>
      ) : (
        <ul className="mt-6 grid gap-4 md:grid-cols-2">
          {workshops.map((w) => (
            <li key={w.id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <Link href={`/workshops/${w.id}`} className="text-xl font-bold text-brand-800 underline-offset-4 hover:underline">
                {w.title}
              </Link>
              <p className="mt-1 text-muted">
                {[w.date ? format.dateTime(new Date(w.date), { dateStyle: "long" }) : null, w.place].filter(Boolean).join(" · ")}
              </p>
              <p className="mt-1">{t("participants", { count: w._count.participants })}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
