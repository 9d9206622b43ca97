import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getDb } from "@/server/platform/db/client";
import { currentUser } from "@/server/platform/auth/requestPrincipal";
import { formatJoinCode } from "@/lib/domain/joinCode";
import { listWorkshops } from "@/server/workshop/workshops";
import { WorkshopActions } from "@/components/workshop/WorkshopActions";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("dashboard"))("title") };
}

const statusStyle: Record<string, string> = {
  draft: "border-slate-500 bg-slate-100 text-slate-900",
  open: "border-green-800 bg-green-50 text-green-900",
  closed: "border-amber-800 bg-amber-50 text-amber-950",
  archived: "border-slate-500 bg-slate-200 text-slate-900",
};

export default async function DashboardPage() {
  const user = await currentUser();
  if (!user) redirect("/signin?callbackUrl=/dashboard");
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const workshops = await listWorkshops(getDb(), user.userId);
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <div className="flex flex-wrap gap-3">
          <Link href="/programmes" className="rounded-lg border-2 border-brand-700 bg-white px-4 py-2.5 font-semibold text-brand-800 hover:bg-brand-50">
            {t("programmes")}
          </Link>
          <Link href="/demo" className="rounded-lg border-2 border-brand-700 bg-white px-4 py-2.5 font-semibold text-brand-800 hover:bg-brand-50">
            {t("demo")}
          </Link>
          <Link href="/workshops/new" className="rounded-lg bg-brand-700 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-800">
            {t("create")}
          </Link>
        </div>
      </div>
      {workshops.length === 0 ? (
        <p className="mt-6 text-lg text-muted">{t("empty")}</p>
      ) : (
        <ul className="mt-6 grid gap-4 md:grid-cols-2">
          {workshops.map((w) => (
            <li key={w.id} className={`rounded-xl border bg-white p-5 shadow-sm ${w.status === "archived" ? "border-dashed border-slate-400" : "border-slate-200"}`}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h2 className="text-xl font-bold">
                  <Link href={`/workshops/${w.id}`} className="text-brand-800 underline underline-offset-4 hover:no-underline">
                    {w.title}
                  </Link>
                </h2>
                <span className={`rounded-full border px-3 py-0.5 text-sm font-semibold ${statusStyle[w.status] ?? statusStyle.draft}`}>
                  {t(`status.${w.status as "open"}`)}
                </span>
              </div>
              <p className="mt-1 text-muted">
                {[w.date ? format.dateTime(new Date(w.date), { dateStyle: "long" }) : t("noDate"), w.place].filter(Boolean).join(" · ")}
              </p>
              <p className="mt-1">
                {t(`methods.${w.method as "free"}`)} · {t("participants", { count: w.participantCount })} · {t("code", { code: formatJoinCode(w.joinCode) })}
              </p>
              <div className="mt-3">
                <WorkshopActions workshopId={w.id} title={w.title} archived={w.status === "archived"} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
